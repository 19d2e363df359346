using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Domain.Results;

namespace FrontDoor.Web.Features.Requests.Api.Json;

/// <summary>A request as the JSON API shows it: no reporter details, no internal notes.</summary>
public sealed record ApiRequest(
    string ServiceRequestId,
    string Reference,
    string Status,
    string StatusCategory,
    string? ClosureReason,
    string ServiceCode,
    string ServiceName,
    string Team,
    string? Description,
    string? Address,
    string? Postcode,
    double? Lat,
    double? Long,
    string? AddressId,
    string? MediaUrl,
    string RequestedDatetime,
    string UpdatedDatetime,
    string ExpectedDatetime,
    string? StatusNotes);

public sealed record ApiRequestList(IReadOnlyList<ApiRequest> Requests, int Offset, int Limit, bool More);

/// <summary>One change the resident can see. Notes written by residents themselves are left out.</summary>
public sealed record ApiHistoryEntry(int Sequence, string At, string Action, string? FromStatus, string? ToStatus, string By, string? Note);

public sealed record ApiRequestDetail(ApiRequest Request, int Version, IReadOnlyList<string> AllowedNextStatuses, IReadOnlyList<ApiHistoryEntry> History);

public sealed record AddUpdateBody(string? Text, int? ExpectedVersion);

/// <summary>
/// Moves a request: <c>status</c> is one of our lifecycle statuses. To close, also give <c>reason</c> (and a
/// <c>completion_note</c> when completed, <c>duplicate_of</c> when a duplicate); to reopen a closed request, give an
/// open status and the <c>public_note</c> saying what was not done.
/// </summary>
public sealed record StatusChangeBody(string? Status, string? PublicNote, string? Reason, string? CompletionNote, string? DuplicateOf, int? ExpectedVersion);

public sealed record SubscribeBody(string? Url, IReadOnlyList<string>? Events);

public sealed record ApiWebhook(Guid Id, string Url, IReadOnlyList<string> Events, string CreatedDatetime, string? Secret);

public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static IResult Ok<T>(T value, int status = StatusCodes.Status200OK) => Results.Json(value, Options, statusCode: status);

    /// <summary>Expected failures as RFC 9457 problem details: 404, 409 for a stale version, 400 naming the field.</summary>
    public static IResult Failure(Error error) => error switch
    {
        { IsNotFound: true } => Results.Problem(statusCode: 404, title: error.Message),
        { IsConflict: true } => Results.Problem(statusCode: 409, title: error.Message),
        _ => Results.ValidationProblem(
            new Dictionary<string, string[]> { [ToSnake(error.Field ?? "request")] = [error.Message] },
            title: error.Message),
    };

    public static IResult BadBody(string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [message] }, title: message);

    public static async Task<(T? Body, IResult? Problem)> Read<T>(HttpContext http)
        where T : class
    {
        if (http.Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (null, BadBody("Send a JSON body (Content-Type: application/json)"));
        }

        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Options, http.RequestAborted);
            return body is null ? (null, BadBody("The body is empty")) : (body, null);
        }
        catch (JsonException)
        {
            return (null, BadBody("The body is not valid JSON of the documented shape"));
        }
    }

    private static string ToSnake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
