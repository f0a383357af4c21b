using Microsoft.AspNetCore.Mvc;

namespace Network.Api.Rest.Common;

public static class OpenApiConventions
{
    /// <summary>Documents the problem responses an operation can give, plus 401 and 429 that every operation can.</summary>
    public static RouteHandlerBuilder ProducesCommonProblems(this RouteHandlerBuilder builder, params int[] statuses)
    {
        foreach (var status in statuses.Append(401).Append(429).Distinct())
            builder.ProducesProblem(status);
        return builder;
    }
}
