namespace FrontDoor.Web.Features.Requests.Api.Json;

/// <summary>The JSON API at /api/v1 for integrations and staff tools; described at /openapi and /api-docs.</summary>
public static class JsonApiEndpoints
{
    public const string Root = "/api/v1";

    public static IServiceCollection AddJsonApi(this IServiceCollection services)
    {
        services.AddScoped<ApiCaller>();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "FrontDoor API";
            document.Info.Description =
                "Requests (search, read with public history, update, move along the lifecycle) and webhooks. " +
                "Authenticate with 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'. Open311 GeoReport v2 is at /open311/v2/ (docs/open311.md).";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static WebApplication MapJsonApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi").AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();

        var api = app.MapGroup(Root).AllowAnonymous().DisableAntiforgery().AddEndpointFilter<ApiCaller>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        api.MapGet("/requests", RequestQueries.Search)
            .WithName("SearchRequests").WithSummary("Search and list requests, newest first")
            .WithDescription("Filters: status (open, or lifecycle statuses, comma separated), service_code, created_from, created_to, " +
                "updated_since (W3C date-times), q (a reference, or words in the description or address); offset and limit (at most 1,000).")
            .Produces<ApiRequestList>().ProducesValidationProblem();
        api.MapGet("/requests/{reference}", RequestQueries.One)
            .WithName("GetRequest").WithSummary("One request with its public history (never internal notes)")
            .Produces<ApiRequestDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/requests/{reference}/updates", RequestCommands.AddUpdate)
            .WithName("AddRequestUpdate").WithSummary("Add an update the resident will see")
            .Accepts<AddUpdateBody>("application/json")
            .Produces<ApiRequestDetail>(StatusCodes.Status201Created).ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapPost("/requests/{reference}/status", RequestCommands.ChangeStatus)
            .WithName("ChangeRequestStatus").WithSummary("Move a request along its lifecycle, close it or reopen it")
            .Accepts<StatusChangeBody>("application/json")
            .Produces<ApiRequestDetail>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/webhooks", WebhookEndpoints.List)
            .WithName("ListWebhooks").WithSummary("This client's webhooks").Produces<List<ApiWebhook>>();
        api.MapPost("/webhooks", WebhookEndpoints.Subscribe)
            .WithName("Subscribe").WithSummary("Subscribe a URL to request events; the signing secret is shown once")
            .Accepts<SubscribeBody>("application/json")
            .Produces<ApiWebhook>(StatusCodes.Status201Created).ProducesValidationProblem();
        api.MapDelete("/webhooks/{id:guid}", WebhookEndpoints.Cancel)
            .WithName("CancelWebhook").WithSummary("Stop a webhook")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
