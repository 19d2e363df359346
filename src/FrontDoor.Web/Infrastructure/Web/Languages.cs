using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace FrontDoor.Web.Infrastructure.Web;

/// <summary>
/// The resident site's languages: English, Bengali and Somali (two of the largest community languages in the seed
/// councils' boroughs). The choice is kept in a cookie; <c>?lang=bn</c> on any page sets it and comes back to the same
/// page without the parameter, so the language links work without JavaScript.
/// </summary>
public static class Languages
{
    public const string CookieName = "frontdoor-language";

    /// <summary>Language code to the culture that formats dates and numbers for it.</summary>
    public static IReadOnlyDictionary<string, string> Cultures { get; } = new Dictionary<string, string>
    {
        ["en"] = "en-GB",
        ["bn"] = "bn-BD",
        ["so"] = "so-SO",
    };

    public static IServiceCollection AddLanguages(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Values.Select(Culture).ToList();
            o.DefaultRequestCulture = new RequestCulture("en-GB");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            o.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = CookieName }];
        });
        return services;
    }

    public static IApplicationBuilder UseLanguages(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsGet(context.Request.Method) && context.Request.Query["lang"].ToString() is { Length: > 0 } lang)
            {
                if (Cultures.TryGetValue(lang, out var culture))
                {
                    context.Response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                        new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
                }

                var rest = context.Request.Query.Where(q => q.Key != "lang").ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
                context.Response.Redirect(QueryHelpers.AddQueryString(context.Request.PathBase + context.Request.Path, rest));
                return;
            }

            await next();
        });
        return app.UseRequestLocalization();
    }

    /// <summary>
    /// The culture, or English if this machine's ICU lacks it (formats would otherwise fall back to invariant silently).
    /// </summary>
    public static CultureInfo Culture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.GetCultureInfo("en-GB");
        }
    }

    /// <summary>"Friday 4 December" in the current language (dates residents see are always within the coming weeks).</summary>
    public static string LongDate(DateOnly date) => date.ToString("dddd d MMMM", CultureInfo.CurrentCulture);
}
