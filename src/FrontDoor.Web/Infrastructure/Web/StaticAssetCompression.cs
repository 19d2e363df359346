using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace FrontDoor.Web.Infrastructure.Web;

/// <summary>
/// Brotli or gzip for the site's CSS, scripts and fonts (GOV.UK Frontend's stylesheet shrinks from about 130 KB to
/// about 20 KB), which keeps the home page well under its 150 KB budget. Pages themselves are not compressed: they
/// carry antiforgery tokens, and compressing secrets beside reflected input over HTTPS invites BREACH.
/// </summary>
public static class StaticAssetCompression
{
    private static readonly string[] AssetFolders = ["/lib", "/css", "/js", "/assets"];

    public static IServiceCollection AddStaticAssetCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml", "application/manifest+json"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseStaticAssetCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => AssetFolders.Any(folder => context.Request.Path.StartsWithSegments(folder)), branch => branch.UseResponseCompression());
}
