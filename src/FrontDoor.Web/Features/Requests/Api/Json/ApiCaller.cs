using FrontDoor.Web.Features.ApiClients;
using FrontDoor.Web.Infrastructure.Database;

namespace FrontDoor.Web.Features.Requests.Api.Json;

/// <summary>
/// Authenticates every /api/v1 call by API key (<c>Authorization: Bearer KEY</c> or <c>X-Api-Key: KEY</c>) and applies
/// the key's rate limit. The client is then available to the endpoint through <see cref="Of"/>.
/// </summary>
public sealed class ApiCaller(ApiClientDirectory directory, ApiRateLimits limits) : IEndpointFilter
{
    private const string ItemKey = "FrontDoor.ApiClient";

    public static CallingClient Of(HttpContext http) =>
        http.Items[ItemKey] as CallingClient ?? throw new InvalidOperationException("The API key filter did not run for this endpoint.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.Request.Headers["X-Api-Key"].FirstOrDefault();
        var authorization = http.Request.Headers.Authorization.FirstOrDefault();
        if (key is null && authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            key = authorization["Bearer ".Length..].Trim();
        }

        var db = http.RequestServices.GetRequiredService<FrontDoorDb>();
        var client = await directory.Find(db, key, http.RequestAborted);
        if (client is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "A valid API key is required",
                detail: "Send the key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'.");
        }

        if (!limits.TryTake(client))
        {
            http.Response.Headers.RetryAfter = "10";
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests for this API key",
                detail: "Slow down and try again shortly.");
        }

        http.Items[ItemKey] = client;
        return await next(context);
    }
}
