namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>GeoReport v2 at <c>/open311/v2/</c>, with the FixMyStreet extension. docs/open311.md describes it.</summary>
public static class Open311Endpoints
{
    public const string Root = "/open311/v2";

    public static void Map(IEndpointRouteBuilder app)
    {
        var open311 = app.MapGroup(Root).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

        // Reads are public, so they are limited per address; posts need a key and are limited per key.
        var reads = open311.MapGroup("").RequireRateLimiting(Open311ReadLimits.Policy);
        reads.MapGet("/discovery.{format}", Discovery);
        reads.MapGet("/services.{format}", ServiceList.List);
        reads.MapGet("/services/{code}.{format}", ServiceList.Definition);
        open311.MapPost("/requests.{format}", (string format, HttpContext http, PostServiceRequest.Handler handler, CancellationToken ct) =>
            handler.Handle(format, http, ct));
        reads.MapGet("/requests.{format}", GetServiceRequests.List);
        reads.MapGet("/requests/{id}.{format}", GetServiceRequests.One);
        reads.MapGet("/tokens/{token}.{format}", GetServiceRequests.Token);
        reads.MapGet("/servicerequestupdates.{format}", ServiceRequestUpdates.List);
        open311.MapPost("/servicerequestupdates.{format}", (string format, HttpContext http, ServiceRequestUpdates.PostHandler handler, CancellationToken ct) =>
            handler.Handle(format, http, ct));

        // Anything else under the endpoint is an unknown resource, answered in the spec's error format.
        open311.MapFallback("{**path}", () => Open311Http.Error(null, StatusCodes.Status404NotFound, "There is no such Open311 resource"));
    }

    /// <summary>Service discovery (wiki.open311.org/Service_Discovery): where the endpoint is and what it speaks.</summary>
    private static IResult Discovery(string format, HttpContext http, TimeProvider time)
    {
        if (Open311Http.FormatOf(format) is not { } f)
        {
            return Open311Http.BadFormat(format);
        }

        var url = $"{http.Request.Scheme}://{http.Request.Host}{Root}/";
        return Open311Http.Document(f, "discovery", Fields.Of(
            ("changeset", new Text(W3cDateTime.Format(new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc)))),
            ("contact", new Text("Your council's FrontDoor administrator")),
            ("key_service", new Text("API keys are issued by the council's FrontDoor administrator")),
            ("endpoints", new Items("endpoint",
            [
                Fields.Of(
                    ("specification", new Text("http://wiki.open311.org/GeoReport_v2")),
                    ("url", new Text(url)),
                    ("changeset", new Text(W3cDateTime.Format(new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc)))),
                    ("type", new Text("production")),
                    ("formats", new Items("format", [new Text("text/xml"), new Text("application/json")]))),
            ]))));
    }
}
