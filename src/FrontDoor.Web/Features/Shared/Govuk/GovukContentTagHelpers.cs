using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace FrontDoor.Web.Features.Shared.Govuk;

/// <summary>One row of a summary list; a change link when <see cref="ChangeHref"/> is set.</summary>
/// <param name="ChangeHidden">Visually hidden words after "Change", naming what changes (for screen readers).</param>
public sealed record SummaryRow(string Key, string Value, string? ChangeHref = null, string? ChangeHidden = null, string? ChangeText = null);

/// <summary><c>&lt;govuk-summary-list rows="Model.Rows" /&gt;</c> — values may contain line breaks.</summary>
[HtmlTargetElement("govuk-summary-list", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukSummaryListTagHelper : TagHelper
{
    public IEnumerable<SummaryRow> Rows { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var e = HtmlEncoder.Default;
        output.TagName = "dl";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-summary-list");
        output.Content.SetHtmlContent(string.Concat(Rows.Select(row =>
            $"<div class=\"govuk-summary-list__row{(row.ChangeHref is null ? " govuk-summary-list__row--no-actions" : "")}\">"
            + $"<dt class=\"govuk-summary-list__key\">{e.Encode(row.Key)}</dt>"
            + $"<dd class=\"govuk-summary-list__value\">{string.Join("<br>", row.Value.Split('\n').Select(e.Encode))}</dd>"
            + (row.ChangeHref is null ? "" :
                $"<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"{e.Encode(row.ChangeHref)}\">{e.Encode(row.ChangeText ?? "Change")}"
                + $"<span class=\"govuk-visually-hidden\"> {e.Encode(row.ChangeHidden ?? row.Key)}</span></a></dd>")
            + "</div>")));
    }
}

/// <summary><c>&lt;govuk-panel title="Request sent"&gt;Your reference is ...&lt;/govuk-panel&gt;</c></summary>
[HtmlTargetElement("govuk-panel")]
public sealed class GovukPanelTagHelper : TagHelper
{
    public string Title { get; set; } = "";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = (await output.GetChildContentAsync()).GetContent();
        output.TagName = "div";
        output.Attributes.SetAttribute("class", "govuk-panel govuk-panel--confirmation");
        output.Content.SetHtmlContent($"<h1 class=\"govuk-panel__title\">{HtmlEncoder.Default.Encode(Title)}</h1><div class=\"govuk-panel__body\">{body}</div>");
    }
}

/// <summary><c>&lt;govuk-notification-banner title="Important" success="false"&gt;...&lt;/govuk-notification-banner&gt;</c></summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class GovukNotificationBannerTagHelper : TagHelper
{
    public string Title { get; set; } = "Important";

    public bool Success { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var body = (await output.GetChildContentAsync()).GetContent();
        var id = "banner-title-" + context.UniqueId;
        output.TagName = "div";
        output.Attributes.SetAttribute("class", "govuk-notification-banner" + (Success ? " govuk-notification-banner--success" : ""));
        output.Attributes.SetAttribute("role", Success ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", id);
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");
        output.Content.SetHtmlContent(
            $"<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"{id}\">{HtmlEncoder.Default.Encode(Title)}</h2></div>"
            + $"<div class=\"govuk-notification-banner__content\">{body}</div>");
    }
}

/// <summary><c>&lt;govuk-back-link href="..." text="Back" /&gt;</c>: put it in the BeforeContent section.</summary>
[HtmlTargetElement("govuk-back-link", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukBackLinkTagHelper : TagHelper
{
    public string Href { get; set; } = "/";

    public string Text { get; set; } = "Back";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("href", Href);
        output.Attributes.SetAttribute("class", "govuk-back-link");
        output.Content.SetContent(Text);
    }
}

/// <summary>
/// <c>&lt;govuk-button text="Continue" /&gt;</c>; with <c>href</c> a link styled as a button; <c>start</c> adds the
/// arrow of a start button; <c>secondary</c> / <c>warning</c> for those variants.
/// </summary>
[HtmlTargetElement("govuk-button", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukButtonTagHelper : TagHelper
{
    public string Text { get; set; } = "Continue";

    public string? Href { get; set; }

    public bool Start { get; set; }

    public bool Secondary { get; set; }

    public bool Warning { get; set; }

    public string? Name { get; set; }

    public string? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var e = HtmlEncoder.Default;
        var classes = "govuk-button" + (Start ? " govuk-button--start" : "") + (Secondary ? " govuk-button--secondary" : "") + (Warning ? " govuk-button--warning" : "");
        var arrow = Start
            ? "<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\"><path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg>"
            : "";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", classes);
        output.Attributes.SetAttribute("data-module", "govuk-button");
        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
        }
        else
        {
            output.TagName = "button";
            output.Attributes.SetAttribute("type", "submit");
            output.Attributes.SetAttribute("data-prevent-double-click", "true");
            if (Name is not null)
            {
                output.Attributes.SetAttribute("name", Name);
                output.Attributes.SetAttribute("value", Value ?? "");
            }
        }

        output.Content.SetHtmlContent(e.Encode(Text) + arrow);
    }
}

/// <summary><c>&lt;govuk-tag text="In progress" colour="blue" /&gt;</c></summary>
[HtmlTargetElement("govuk-tag", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTagTagHelper : TagHelper
{
    public string Text { get; set; } = "";

    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-tag" + (Colour is null ? "" : $" govuk-tag--{Colour}"));
        output.Content.SetContent(Text);
    }
}
