using System.Text.Encodings.Web;
using FrontDoor.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Shared.Govuk;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c> at the top of the main column: every error in ModelState, each linking to its
/// field. Renders nothing when there are none. GOV.UK Frontend's script moves focus to it; without script, the
/// "Error: " title prefix (in the layout) tells screen reader users.
/// </summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukErrorSummaryTagHelper(IStringLocalizer<SiteText> text) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = GovukErrors.All(ViewContext.ViewData.ModelState).ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var e = HtmlEncoder.Default;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-error-summary");
        output.Attributes.SetAttribute("data-module", "govuk-error-summary");
        output.Content.SetHtmlContent(
            $"<div role=\"alert\"><h2 class=\"govuk-error-summary__title\">{e.Encode(text["There is a problem"])}</h2>"
            + "<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">"
            + string.Concat(errors.Select(x => $"<li><a href=\"#{e.Encode(x.Field)}\">{e.Encode(x.Message)}</a></li>"))
            + "</ul></div></div>");
    }
}

/// <summary><c>&lt;govuk-field-error for="postcode" /&gt;</c>: the inline error for a field built by hand.</summary>
[HtmlTargetElement("govuk-field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukFieldErrorTagHelper(IStringLocalizer<SiteText> text) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public string For { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (GovukErrors.For(ViewContext.ViewData.ModelState, For) is not { } message)
        {
            output.SuppressOutput();
            return;
        }

        var e = HtmlEncoder.Default;
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("id", For + "-error");
        output.Attributes.SetAttribute("class", "govuk-error-message");
        output.Content.SetHtmlContent($"<span class=\"govuk-visually-hidden\">{e.Encode(text["Error:"])}</span> {e.Encode(message)}");
    }
}
