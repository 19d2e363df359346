using Microsoft.AspNetCore.Diagnostics;

namespace FrontDoor.Web.Infrastructure.Web;

/// <summary>
/// GOV.UK-style "Page not found" and error pages for people browsing the site, and nothing else: API clients (Open311,
/// the JSON API, Notify's callbacks) get the status and body the endpoint chose, and a form post is never re-run
/// against the error page (which would fail antiforgery and turn a 401 or 415 into a 400).
/// </summary>
public static class FriendlyStatusPages
{
    private static readonly string[] MachinePaths = ["/api", "/open311", "/openapi", "/notifications", "/health"];

    public static WebApplication UseFriendlyStatusPages(this WebApplication app)
    {
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } feature && !IsPersonBrowsing(context.Request))
            {
                feature.Enabled = false;
            }

            await next(context);
        });
        return app;
    }

    private static bool IsPersonBrowsing(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !IsMachinePath(request.Path);

    /// <summary>Paths that programs call, which answer in their own format (see <see cref="MachineErrors"/>).</summary>
    public static bool IsMachinePath(PathString requested) =>
        MachinePaths.Any(path => requested.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase));
}
