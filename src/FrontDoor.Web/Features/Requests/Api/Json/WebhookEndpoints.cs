using FrontDoor.Web.Features.Requests.Api.Open311;
using FrontDoor.Web.Features.Webhooks;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Api.Json;

/// <summary>A client's own webhooks: list, subscribe (the secret is shown once), cancel.</summary>
public static class WebhookEndpoints
{
    public static async Task<IResult> List(HttpContext http, FrontDoorDb db, CancellationToken cancellationToken)
    {
        var client = ApiCaller.Of(http);
        var live = await db.Set<WebhookSubscription>().AsNoTracking()
            .Where(s => s.ApiClientId == client.Id && s.CancelledUtc == null)
            .OrderBy(s => s.CreatedUtc)
            .ToListAsync(cancellationToken);
        return ApiJson.Ok(live.Select(s => new ApiWebhook(s.Id, s.Url, s.Events.Split(','), W3cDateTime.Format(s.CreatedUtc), null)).ToList());
    }

    public static async Task<IResult> Subscribe(HttpContext http, SubscribeWebhook.Handler handler, TimeProvider time, CancellationToken cancellationToken)
    {
        var (body, problem) = await ApiJson.Read<SubscribeBody>(http);
        if (problem is not null)
        {
            return problem;
        }

        var result = await handler.Handle(new SubscribeWebhook.Command(ApiCaller.Of(http), body!.Url, body.Events), cancellationToken);
        return result.Succeeded
            ? ApiJson.Ok(new ApiWebhook(result.Value.Id, result.Value.Url, result.Value.Events, W3cDateTime.Format(time.GetUtcNow().UtcDateTime), result.Value.Secret),
                StatusCodes.Status201Created)
            : ApiJson.Failure(result.Error!);
    }

    public static async Task<IResult> Cancel(Guid id, HttpContext http, CancelWebhook.Handler handler, CancellationToken cancellationToken)
    {
        var result = await handler.Handle(new CancelWebhook.Command(ApiCaller.Of(http), id), cancellationToken);
        return result.Succeeded ? Results.NoContent() : ApiJson.Failure(result.Error!);
    }
}
