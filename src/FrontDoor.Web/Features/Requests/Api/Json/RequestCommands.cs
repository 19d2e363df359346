using FrontDoor.Web.Infrastructure.Database;

namespace FrontDoor.Web.Features.Requests.Api.Json;

/// <summary>
/// The JSON API's changes, each through the same use case staff use, so the lifecycle table, charter clocks and
/// history apply exactly as in the workspace. The change is recorded as made by the API client. An
/// <c>expected_version</c> (from the request's <c>version</c>) refuses a change based on stale data with 409.
/// </summary>
public static class RequestCommands
{
    public static async Task<IResult> AddUpdate(string reference, HttpContext http, FrontDoorDb db, AddRequestUpdate.Handler handler, CancellationToken cancellationToken)
    {
        var client = ApiCaller.Of(http);
        var (body, problem) = await ApiJson.Read<AddUpdateBody>(http);
        if (problem is not null)
        {
            return problem;
        }

        var found = await RequestQueries.Detail(db, client.CouncilId, reference, cancellationToken);
        if (found is null)
        {
            return RequestQueries.NotFound(reference);
        }

        var result = await handler.Handle(
            new AddRequestUpdate.Command(found.Request.ServiceRequestId, body!.ExpectedVersion, body.Text, IsPublic: true, Actor.Api(client.Id, client.Name)),
            cancellationToken);
        return result.Succeeded
            ? ApiJson.Ok(await RequestQueries.Detail(db, client.CouncilId, reference, cancellationToken), StatusCodes.Status201Created)
            : ApiJson.Failure(result.Error!);
    }

    public static async Task<IResult> ChangeStatus(
        string reference, HttpContext http, FrontDoorDb db,
        ChangeRequestStatus.Handler change, CloseRequest.Handler close, ReopenRequest.Handler reopen, CancellationToken cancellationToken)
    {
        var client = ApiCaller.Of(http);
        var (body, problem) = await ApiJson.Read<StatusChangeBody>(http);
        if (problem is not null)
        {
            return problem;
        }

        var found = await RequestQueries.Detail(db, client.CouncilId, reference, cancellationToken);
        if (found is null)
        {
            return RequestQueries.NotFound(reference);
        }

        var actor = Actor.Api(client.Id, client.Name);
        var id = found.Request.ServiceRequestId;
        var status = body!.Status?.Trim() ?? "";
        var result = status == RequestStatus.Closed
            ? await close.Handle(new CloseRequest.Command(id, body.ExpectedVersion, body.Reason ?? "", body.CompletionNote, body.DuplicateOf, null, actor), cancellationToken)
            : found.Request.Status == RequestStatus.Closed && RequestStatus.IsKnown(status)
                ? await reopen.Handle(new ReopenRequest.Command(id, body.ExpectedVersion, body.PublicNote, actor), cancellationToken)
                : await change.Handle(new ChangeRequestStatus.Command(id, body.ExpectedVersion, status, body.PublicNote, null, actor), cancellationToken);
        return result.Succeeded
            ? ApiJson.Ok(await RequestQueries.Detail(db, client.CouncilId, reference, cancellationToken))
            : ApiJson.Failure(result.Error!);
    }
}
