using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Network.Application.Access;
using Network.Application.Audit;
using Network.Application.Persistence;
using Npgsql;

namespace Network.Application.ContactLookup;

/// <summary>
/// Records the restricted contact points a lookup showed, as <see cref="AuditLog.RestrictedRead"/> would, before the
/// answer leaves: <see cref="RecordAsync"/> returns once the events are committed, so a crash after the answer cannot
/// lose them. Group commit keeps that cheap under load: while one lookup's transaction commits, the lookups that
/// arrive meanwhile queue up, and the next one to get the writer's turn commits all of them in one transaction
/// (one fsync for many answers). A failed write fails every lookup of its group: no answer shows a restricted
/// contact point without its record. The same viewer seeing the same contact point under the same rule twice in
/// one group is recorded once. The concern is never part of an event.
/// </summary>
public sealed class RestrictedReadAudit(IServiceScopeFactory scopes) : IDisposable
{
    private AuditWriterConnection? _writerConnection;
    private readonly ConcurrentQueue<Pending> _queue = new();
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>One restricted contact point shown to the viewer.</summary>
    public readonly record struct Read(Guid ContactPointId, Guid OwnerId, string Rule);

    private sealed record Pending(Viewer Viewer, DateTimeOffset At, string Municipality, IReadOnlyList<Read> Reads)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Completes when the reads are durable; throws when they could not be written.</summary>
    public async Task RecordAsync(
        Viewer viewer,
        DateTimeOffset at,
        string municipality,
        IReadOnlyList<Read> reads,
        CancellationToken ct
    )
    {
        if (reads.Count == 0)
            return;
        var mine = new Pending(viewer, at, municipality, reads);
        _queue.Enqueue(mine);
        // Not cancellable: once queued, the reads are written whether or not this caller still waits for them.
        await _writer.WaitAsync(CancellationToken.None);
        try
        {
            if (!mine.Committed.Task.IsCompleted)
                await CommitQueuedAsync();
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
        while (_queue.TryDequeue(out var p))
            group.Add(p);
        try
        {
            await InsertAsync(group);
            foreach (var p in group)
                p.Committed.TrySetResult();
        }
        catch (Exception e)
        {
            foreach (var p in group)
                p.Committed.TrySetException(e);
        }
    }

    /// <summary>
    /// One transaction of plain INSERTs in the store's own formats (as <see cref="AuditLog"/> writes them through EF),
    /// on a connection of its own that only the writer's turn uses: the rows are append-only and relate to nothing
    /// tracked. <c>synchronous=NORMAL</c> on this connection: in WAL mode a commit is then in the WAL file when it
    /// returns, so it survives a crash of the process (the promise), without an fsync per commit; a power loss can
    /// still roll back the last commits, as the README says. On PostgreSQL a commit returns once it is flushed
    /// (synchronous_commit on, the server's default), so committed is durable there. On SQLite the writer's BEGIN
    /// IMMEDIATE and COMMIT are prepared once (<see cref="SqliteAuditWriterConnection"/>).
    /// </summary>
    private async Task InsertAsync(List<Pending> group)
    {
        var writer = _writerConnection ??= await OpenWriterAsync();
        var (insert, postgres) = (writer.Insert, writer.Postgres);
        try
        {
            await using var transaction = await writer.BeginAsync();
            insert.Transaction = transaction;
            var seen = new HashSet<(string, Guid, string)>();
            foreach (var p in group)
            {
                var actor = Actor.Of(p.Viewer);
                insert.Parameters["at"].Value = StoredTime.Encode(p.At);
                insert.Parameters["actor"].Value = actor.Id;
                insert.Parameters["role"].Value = actor.Role;
                insert.Parameters["actorProfessional"].Value = actor.ProfessionalId is { } id
                    ? StoredGuid(id, postgres)
                    : DBNull.Value;
                insert.Parameters["municipality"].Value = p.Municipality;
                foreach (var r in p.Reads)
                {
                    if (!seen.Add((p.Viewer.Subject, r.ContactPointId, r.Rule)))
                        continue;
                    insert.Parameters["subject"].Value = r.ContactPointId.ToString(); // AuditLog keeps the id's own text
                    insert.Parameters["owner"].Value = StoredGuid(r.OwnerId, postgres);
                    insert.Parameters["rule"].Value = r.Rule;
                    await insert.ExecuteNonQueryAsync();
                }
            }
            await writer.CommitAsync(transaction);
        }
        catch
        {
            _writerConnection = null; // a broken connection is not reused: the next turn opens a new one
            await writer.DisposeAsync();
            throw;
        }
    }

    private async Task<AuditWriterConnection> OpenWriterAsync()
    {
        string connectionString;
        bool postgres;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NetworkDbContext>();
            connectionString = db.Database.GetConnectionString()!;
            postgres = db.IsPostgres();
        }
        DbConnection connection;
        if (postgres)
        {
            connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
        }
        else
        {
            // Not pooled: this connection's synchronous setting must never reach a connection EF writes with.
            connection = new SqliteConnection(
                new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString()
            );
            await connection.OpenAsync();
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            await pragma.ExecuteNonQueryAsync();
        }
        var insert = connection.CreateCommand();
        insert.CommandText =
            "INSERT INTO \"AuditEvents\" (\"OccurredAt\", \"ActorId\", \"ActorRole\", \"ActorProfessionalId\", \"Action\", "
            + "\"SubjectType\", \"SubjectId\", \"SubjectProfessionalId\", \"MunicipalityCode\", \"Outcome\", \"Detail\") "
            + "VALUES (@at, @actor, @role, @actorProfessional, @action, 'contact-point', @subject, @owner, "
            + "@municipality, @outcome, @rule)";
        foreach (
            var name in new[] { "at", "actor", "role", "actorProfessional", "subject", "owner", "municipality", "rule" }
        )
            Add(insert, name, DBNull.Value);
        Add(insert, "action", AuditLog.RestrictedReadAction);
        Add(insert, "outcome", AuditLog.RestrictedReadOutcome);
        return postgres
            ? new AuditWriterConnection(connection, insert, true)
            : SqliteAuditWriterConnection.Prepare(connection, insert);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    public void Dispose()
    {
        if (_writerConnection is not { } writer)
            return;
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>EF's SQLite provider keeps a Guid as upper-case text (queries compare with that form); PostgreSQL a uuid.</summary>
    private static object StoredGuid(Guid id, bool postgres) => postgres ? id : id.ToString().ToUpperInvariant();
}
