using System.Net;
using System.Text.RegularExpressions;

namespace FrontDoor.Web.Tests.Infrastructure;

/// <summary>
/// A browser-like HTTP client for the resident site: keeps cookies, follows redirects, and posts forms with the
/// antiforgery token read from the page it came from, as a real form submission would.
/// </summary>
public sealed partial class ResidentClient(HttpClient http)
{
    public HttpClient Http => http;

    public string LastHtml { get; private set; } = "";

    public Uri? LastUrl { get; private set; }

    public async Task<HttpResponseMessage> Get(string url)
    {
        var response = await http.GetAsync(url);
        LastHtml = await response.Content.ReadAsStringAsync();
        LastUrl = response.RequestMessage?.RequestUri;
        return response;
    }

    /// <summary>GETs the page (for its token), then posts the fields to it (or to <paramref name="action"/>).</summary>
    public async Task<HttpResponseMessage> Submit(string url, IEnumerable<(string Name, string Value)> fields, string? action = null)
    {
        var page = await Get(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await PostWithToken(action ?? url, fields);
    }

    /// <summary>Posts with the token from the last page fetched.</summary>
    public async Task<HttpResponseMessage> PostWithToken(string url, IEnumerable<(string Name, string Value)> fields)
    {
        var token = Token().Match(LastHtml);
        Assert.True(token.Success, "The page has no antiforgery token");
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        var response = await http.PostAsync(url, new FormUrlEncodedContent(form));
        LastHtml = await response.Content.ReadAsStringAsync();
        LastUrl = response.RequestMessage?.RequestUri;
        return response;
    }

    public string Title => WebUtility.HtmlDecode(TitlePattern().Match(LastHtml).Groups[1].Value);

    public string Text => WebUtility.HtmlDecode(Tags().Replace(LastHtml, " "));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex TitlePattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
