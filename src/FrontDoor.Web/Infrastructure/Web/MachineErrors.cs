using FrontDoor.Web.Features.Requests.Api.Open311;
using Microsoft.AspNetCore.Diagnostics;

namespace FrontDoor.Web.Infrastructure.Web;

/// <summary>
/// An unexpected failure on a path machines call (Open311, the JSON API, provider callbacks, health) is answered with a
/// 500 in that interface's own error shape, not with the HTML error page meant for people: an Open311 client gets
/// <c>errors/error</c> in the format it asked for, everything else an RFC 9457 problem. The exception is logged with
/// the request's trace id, which the answer carries so a council can find it.
/// </summary>
public sealed class MachineErrors(ILogger<MachineErrors> log) : IExceptionHandler
{
    // The failure may come after a save (while the answer is written), so this does not promise nothing was kept.
    private const string Message = "Something went wrong on our side and we could not answer. Check whether what you sent " +
        "was saved before sending it again (a retry with the same Idempotency-Key or update_id_ext is never stored twice). " +
        "If it keeps happening, tell the council and quote this trace id: ";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // By now the middleware has pointed the request at the error page; the path the caller asked for is kept here.
        var path = new PathString(http.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? http.Request.Path.Value);
        if (!FriendlyStatusPages.IsMachinePath(path))
        {
            return false; // people get the error page (Features/Site/Error.cshtml)
        }

        log.LogError(exception, "Unhandled failure on {Method} {Path}", http.Request.Method, path);
        var message = Message + http.TraceIdentifier;
        if (path.StartsWithSegments(Open311Endpoints.Root, StringComparison.OrdinalIgnoreCase))
        {
            var format = Open311Http.FormatOf(Path.GetExtension(path.Value)?.TrimStart('.'));
            await Open311Http.Error(format, StatusCodes.Status500InternalServerError, message).ExecuteAsync(http);
            return true;
        }

        await Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: message).ExecuteAsync(http);
        return true;
    }
}
