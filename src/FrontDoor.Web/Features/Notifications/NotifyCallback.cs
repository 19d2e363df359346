using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using FrontDoor.Web.Infrastructure.Database;
using FrontDoor.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Notifications;

/// <summary>
/// GOV.UK Notify's delivery receipts: Notify POSTs the status of each message to this endpoint with the bearer token
/// set in its callback settings (Notify:CallbackToken). Delivered messages are marked delivered; the three failure
/// states are recorded with a reason staff can act on.
/// </summary>
public static class NotifyCallback
{
    public const string Path = "/notifications/notify-callback";

    public sealed record Receipt(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("reference")] string? Reference,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("completed_at")] DateTime? CompletedAt,
        [property: JsonPropertyName("notification_type")] string? NotificationType);

    public static void MapNotifyCallback(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, Handle).AllowAnonymous().DisableAntiforgery();

    public static async Task<IResult> Handle(HttpContext http, Receipt receipt, NotifyOptions options, FrontDoorDb db, TimeProvider time)
    {
        if (string.IsNullOrEmpty(options.CallbackToken) || !Authorised(http.Request.Headers.Authorization.ToString(), options.CallbackToken))
        {
            return Results.Unauthorized();
        }

        var byReference = Guid.TryParseExact(receipt.Reference, "N", out var id) ? id : Guid.Empty;
        var message = await db.Set<OutboxMessage>()
            .FirstOrDefaultAsync(m => m.ProviderId == receipt.Id || m.Id == byReference);
        if (message is null)
        {
            // Not ours (or deleted under retention): Notify retries anything but 2xx, so say we have it.
            return Results.Ok();
        }

        var at = receipt.CompletedAt is { } completed ? DateTime.SpecifyKind(completed, DateTimeKind.Utc) : time.GetUtcNow().UtcDateTime;
        message.ProviderId ??= receipt.Id;
        switch (receipt.Status)
        {
            case "delivered":
                message.Status = OutboxStatus.Delivered;
                message.DeliveredUtc = at;
                break;
            case "permanent-failure" or "temporary-failure" or "technical-failure":
                message.Status = OutboxStatus.Failed;
                message.FailedUtc = at;
                message.FailureReason = receipt.Status switch
                {
                    "permanent-failure" => "Notify: the email address or phone number does not exist. Check the resident's contact details",
                    "temporary-failure" => "Notify: the inbox was full or the phone was off for 72 hours. Try another way to reach the resident",
                    _ => "Notify: a technical failure at Notify; the message was not sent",
                };
                break;
        }

        await db.SaveChangesAsync();
        return Results.Ok();
    }

    private static bool Authorised(string header, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), Encoding.UTF8.GetBytes("Bearer " + token));
}
