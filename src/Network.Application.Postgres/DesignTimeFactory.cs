using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Network.Application.Persistence;

namespace Network.Application.Postgres;

/// <summary>
/// Lets `dotnet ef migrations add --project src/Network.Application.Postgres` build the PostgreSQL model without a
/// server (adding a migration never connects).
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<NetworkDbContext>
{
    public NetworkDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NetworkDbContext>();
        options.UseStore(StoreProvider.Postgres, "Host=localhost;Database=network_design_time");
        return new(options.Options);
    }
}
