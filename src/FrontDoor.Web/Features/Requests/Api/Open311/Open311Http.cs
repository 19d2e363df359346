using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.ApiClients;
using FrontDoor.Web.Infrastructure.Database;

namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>
/// What every GeoReport v2 call shares: the format from the URL's extension, strictly decoded input, the jurisdiction,
/// the API key, and error bodies as the spec gives them (errors/error/code,description; 404 for an unknown resource,
/// 403 for a missing or wrong api_key, 400 for anything else).
/// </summary>
public static class Open311Http
{
    public static string? FormatOf(string? extension) => extension?.ToLowerInvariant() switch
    {
        Open311Document.Xml => Open311Document.Xml,
        Open311Document.Json => Open311Document.Json,
        _ => null,
    };

    public static IResult Document(string format, string rootName, Node root) =>
        new Rendered(Open311Document.Render(format, rootName, root), Open311Document.ContentType(format), StatusCodes.Status200OK);

    public static IResult Error(string? format, int status, string description)
    {
        var body = Fields.Of(("code", new Number(status)), ("description", new Text(description)));
        var document = Open311Document.Render(format ?? Open311Document.Xml, "errors", new Items("error", [body]));
        return new Rendered(document, Open311Document.ContentType(format ?? Open311Document.Xml), status);
    }

    public static IResult BadFormat(string? extension) =>
        Error(null, StatusCodes.Status400BadRequest, $"The format '{extension}' is not supported. Use .xml or .json");

    public static Result<Open311Input> Query(HttpContext http)
    {
        var raw = http.Request.QueryString.Value;
        return string.IsNullOrEmpty(raw) ? Open311Input.Empty : Open311Input.Parse(System.Text.Encoding.ASCII.GetBytes(raw.TrimStart('?')));
    }

    /// <summary>The form of a POST: form-encoded (decoded strictly) or multipart; anything else is refused.</summary>
    public static async Task<Result<Open311Input>> Form(HttpContext http, CancellationToken cancellationToken)
    {
        var type = http.Request.ContentType ?? "";
        if (type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var form = await http.Request.ReadFormAsync(cancellationToken);
            var fields = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))).ToList();
            return fields.Any(f => Open311Input.HasControlCharacters(f.Key) || Open311Input.HasControlCharacters(f.Value) || f.Value.Contains('\uFFFD'))
                ? Result<Open311Input>.Failure("The form contains a NUL or other control character, or text that is not UTF-8")
                : new Open311Input(fields);
        }

        if (!type.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return Result<Open311Input>.Failure(
                "Send the request as a form (Content-Type: application/x-www-form-urlencoded; charset=utf-8), as GeoReport v2 requires");
        }

        if (http.Request.ContentLength > Open311Input.MaxBodyBytes)
        {
            return Result<Open311Input>.Failure($"The request is larger than {Open311Input.MaxBodyBytes / 1024} KB");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > Open311Input.MaxBodyBytes)
            {
                return Result<Open311Input>.Failure($"The request is larger than {Open311Input.MaxBodyBytes / 1024} KB");
            }
        }

        return Open311Input.Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>The council named by jurisdiction_id (or the configured one when it is left out).</summary>
    public static async Task<Result<Guid>> Council(Open311Input input, Jurisdictions jurisdictions, FrontDoorDb db, CancellationToken cancellationToken)
    {
        var code = input.Get("jurisdiction_id") ?? jurisdictions.Default;
        if (code is null)
        {
            return Result<Guid>.Failure("jurisdiction_id was not provided");
        }

        return await jurisdictions.Find(db, code.Trim(), cancellationToken) is { } id
            ? id
            : Domain.Results.Error.NotFound($"jurisdiction_id '{Shorten(code)}' was not found");
    }

    /// <summary>The client whose api_key (form field, or X-Api-Key header) is valid for this council.</summary>
    public static async Task<CallingClient?> Client(HttpContext http, Open311Input input, Guid councilId, ApiClientDirectory directory, FrontDoorDb db, CancellationToken cancellationToken)
    {
        var key = input.Get("api_key") ?? http.Request.Headers["X-Api-Key"].FirstOrDefault();
        var client = await directory.Find(db, key, cancellationToken);
        return client is not null && client.CouncilId == councilId ? client : null;
    }

    /// <summary>Maps a failed result to the spec's status codes.</summary>
    public static IResult Failure(string format, Domain.Results.Error error) =>
        Error(format, error.IsNotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, error.Message);

    public static IResult TooMany(string format, HttpContext http)
    {
        http.Response.Headers.RetryAfter = "10";
        return Error(format, StatusCodes.Status429TooManyRequests, "Too many requests for this api_key. Slow down and try again shortly");
    }

    public static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    /// <summary>A rendered document with its status code.</summary>
    private sealed class Rendered(byte[] body, string contentType, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = contentType;
            httpContext.Response.ContentLength = body.Length;
            return httpContext.Response.Body.WriteAsync(body).AsTask();
        }
    }
}
