using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Network.Api.Tests.Infrastructure;
using Network.Application.Persistence;

namespace Network.Api.Tests.GraphQL;

/// <summary>
/// Counts the SQL commands EF Core sends while a request to one path is being handled, reads (SELECT) apart
/// from writes (the audit trail's rows for restricted reads are written one INSERT each).
/// </summary>
public sealed class SqlCommandCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    private int _reads,
        _writes;

    public string Path { get; set; } = "/graphql";
    public int Reads => _reads;
    public int Writes => _writes;

    public void Reset()
    {
        Interlocked.Exchange(ref _reads, 0);
        Interlocked.Exchange(ref _writes, 0);
    }

    private void Record(DbCommand command)
    {
        if (http.HttpContext?.Request.Path != Path)
            return;
        var text = command.CommandText.TrimStart();
        if (
            text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("WITH", StringComparison.OrdinalIgnoreCase)
        )
            Interlocked.Increment(ref _reads);
        else
            Interlocked.Increment(ref _writes);
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result,
        CancellationToken cancellationToken = default
    )
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<DbDataReader> result
    )
    {
        Record(command);
        return base.ReaderExecuting(command, eventData, result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<object> result,
        CancellationToken cancellationToken = default
    )
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command,
        CommandEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Record(command);
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}

/// <summary>The service with a <see cref="SqlCommandCounter"/> on its DbContext.</summary>
public sealed class SqlCountingFactory : NetworkApiFactory
{
    public SqlCommandCounter Counter => Services.GetRequiredService<SqlCommandCounter>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<SqlCommandCounter>();
            services.ConfigureDbContext<NetworkDbContext>(
                (sp, options) => options.AddInterceptors(sp.GetRequiredService<SqlCommandCounter>())
            );
        });
    }
}
