using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.ApiClients;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Webhooks;

/// <summary>An API client asks to be told about request events at a URL; gets the signing secret once.</summary>
public static class SubscribeWebhook
{
    public const int MaxPerClient = 10;

    public sealed record Command(CallingClient Client, string? Url, IReadOnlyList<string>? Events);

    public sealed record Subscribed(Guid Id, string Url, IReadOnlyList<string> Events, string Secret);

    public sealed class Handler(FrontDoorDb db, WebhookSubscribers subscribers, IConfiguration configuration, TimeProvider time)
    {
        public async Task<Result<Subscribed>> Handle(Command command, CancellationToken cancellationToken = default)
        {
            var allowPrivate = configuration.GetValue("Webhooks:AllowPrivateTargets", false);
            var refused = TargetAddress.RefuseUrl(command.Url, allowPrivate, requireHttps: !allowPrivate);
            if (refused is not null)
            {
                return Result<Subscribed>.Failure($"The webhook URL {refused}", "url");
            }

            if (command.Url!.Trim().Length > 2000)
            {
                return Result<Subscribed>.Failure("The webhook URL must be 2,000 characters or fewer", "url");
            }

            var events = command.Events is { Count: > 0 } wanted ? wanted.Distinct().ToList() : ["*"];
            var unknown = events.FirstOrDefault(e => e != "*" && !WebhookEvent.All.Contains(e));
            if (unknown is not null)
            {
                return Result<Subscribed>.Failure($"'{unknown}' is not an event. Use one of: {string.Join(", ", WebhookEvent.All)}", "events");
            }

            var count = await db.Set<WebhookSubscription>().CountAsync(s => s.ApiClientId == command.Client.Id && s.CancelledUtc == null, cancellationToken);
            if (count >= MaxPerClient)
            {
                return Result<Subscribed>.Failure($"A client can have at most {MaxPerClient} webhooks. Delete one first", "url");
            }

            var subscription = new WebhookSubscription
            {
                CouncilId = command.Client.CouncilId,
                ApiClientId = command.Client.Id,
                Url = command.Url.Trim(),
                Secret = WebhookSignature.NewSecret(),
                Events = events.Contains("*") ? "*" : string.Join(",", events),
                CreatedUtc = time.GetUtcNow().UtcDateTime,
            };
            db.Add(subscription);
            await db.SaveChangesAsync(cancellationToken);
            subscribers.Forget(subscription.CouncilId);
            return new Subscribed(subscription.Id, subscription.Url, events, subscription.Secret);
        }
    }
}

/// <summary>An API client stops a webhook; deliveries not yet sent are given up.</summary>
public static class CancelWebhook
{
    public sealed record Command(CallingClient Client, Guid SubscriptionId);

    public sealed class Handler(FrontDoorDb db, WebhookSubscribers subscribers, TimeProvider time)
    {
        public async Task<Result> Handle(Command command, CancellationToken cancellationToken = default)
        {
            var subscription = await db.Set<WebhookSubscription>()
                .FirstOrDefaultAsync(s => s.Id == command.SubscriptionId && s.ApiClientId == command.Client.Id && s.CancelledUtc == null, cancellationToken);
            if (subscription is null)
            {
                return Error.NotFound("There is no webhook with that id");
            }

            subscription.CancelledUtc = time.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
            subscribers.Forget(subscription.CouncilId);
            return Result.Success();
        }
    }
}
