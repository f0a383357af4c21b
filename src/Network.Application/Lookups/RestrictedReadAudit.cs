using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Network.Application.Access;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Network.Application.Audit;
using Network.Application.Persistence;

namespace Network.Application.Lookups;

/// <summary>
/// Records the restricted contact points a lookup showed, as <see cref="AuditLog.RestrictedRead"/> would, before the
/// answer leaves: <see cref="RecordAsync"/> returns once the events are committed, so a crash after the answer cannot
/// lose them. Group commit keeps that cheap under load: while one lookup's transaction commits, the lookups that
/// arrive meanwhile queue up, and the next one to get the writer's turn commits all of them in one transaction
/// (one fsync for many answers). A failed write fails every lookup of its group: no answer shows a restricted
/// contact point without its record. The same viewer seeing the same contact point under the same rule twice in
/// one group is recorded once. The concern is never part of an event.
/// </summary>
public sealed class RestrictedReadAudit(IServiceScopeFactory scopes)
{
    private readonly ConcurrentQueue<Pending> _queue = new();
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>One restricted contact point shown to the viewer.</summary>
    public readonly record struct Read(Guid ContactPointId, Guid OwnerId, string Rule);

    private sealed record Pending(Viewer Viewer, DateTimeOffset At, string Municipality, IReadOnlyList<Read> Reads)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Completes when the reads are durable; throws when they could not be written.</summary>
    public async Task RecordAsync(Viewer viewer, DateTimeOffset at, string municipality, IReadOnlyList<Read> reads, CancellationToken ct)
    {
        if (reads.Count == 0) return;
        var mine = new Pending(viewer, at, municipality, reads);
        _queue.Enqueue(mine);
        // Not cancellable: once queued, the reads are written whether or not this caller still waits for them.
        await _writer.WaitAsync(CancellationToken.None);
        try
        {
            if (!mine.Committed.Task.IsCompleted) await CommitQueuedAsync();
        }
        finally
        {
            _writer.Release();
        }
        await mine.Committed.Task.WaitAsync(ct);
    }

    private async Task CommitQueuedAsync()
    {
        var group = new List<Pending>();
        while (_queue.TryDequeue(out var p)) group.Add(p);
        try
        {
            await InsertAsync(group);
            foreach (var p in group) p.Committed.TrySetResult();
        }
        catch (Exception e)
        {
            foreach (var p in group) p.Committed.TrySetException(e);
        }
    }

    /// <summary>
    /// One transaction of plain INSERTs in the store's own formats (as <see cref="AuditLog"/> writes them through EF):
    /// the rows are append-only and relate to nothing tracked, and EF's change tracking cost more than the lookup.
    /// </summary>
    private async Task InsertAsync(List<Pending> group)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO AuditEvents (OccurredAt, ActorId, ActorRole, ActorProfessionalId, Action, SubjectType, SubjectId, " +
            "SubjectProfessionalId, MunicipalityCode, Outcome, Detail) " +
            "VALUES ($at, $actor, $role, $actorProfessional, 'contact-point.read', 'contact-point', $subject, $owner, " +
            "$municipality, 'allowed', $rule)";
        var at = insert.Parameters.Add("$at", SqliteType.Integer);
        var actor = insert.Parameters.Add("$actor", SqliteType.Text);
        var role = insert.Parameters.Add("$role", SqliteType.Text);
        var actorProfessional = insert.Parameters.Add("$actorProfessional", SqliteType.Text);
        var subject = insert.Parameters.Add("$subject", SqliteType.Text);
        var owner = insert.Parameters.Add("$owner", SqliteType.Text);
        var municipality = insert.Parameters.Add("$municipality", SqliteType.Text);
        var rule = insert.Parameters.Add("$rule", SqliteType.Text);
        var seen = new HashSet<(string, Guid, string)>();
        foreach (var p in group)
        {
            at.Value = StoredTime.Encode(p.At);
            actor.Value = p.Viewer.Subject;
            role.Value = p.Viewer.Role.ToString().ToLowerInvariant();
            actorProfessional.Value = p.Viewer.ProfessionalId is { } id ? StoredGuid(id) : DBNull.Value;
            municipality.Value = p.Municipality;
            foreach (var r in p.Reads)
            {
                if (!seen.Add((p.Viewer.Subject, r.ContactPointId, r.Rule))) continue;
                subject.Value = r.ContactPointId.ToString(); // AuditLog keeps the subject id as the id's own text
                owner.Value = StoredGuid(r.OwnerId);
                rule.Value = r.Rule;
                await insert.ExecuteNonQueryAsync();
            }
        }
        await transaction.CommitAsync();
    }

    /// <summary>EF's SQLite provider keeps a Guid as upper-case text; queries compare with that form.</summary>
    private static string StoredGuid(Guid id) => id.ToString().ToUpperInvariant();
}
