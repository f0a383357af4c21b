using Microsoft.EntityFrameworkCore;
using Network.Application.Persistence;

namespace Network.Application.Common;

/// <summary>How every versioned write ends: a row someone else changed since it was read is not saved, and the
/// caller is told its version is stale (412 in REST, PRECONDITION_FAILED in GraphQL).</summary>
public static class StaleSaves
{
    public static async Task SaveOrPreconditionFailedAsync(this NetworkDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException();
        }
    }
}
