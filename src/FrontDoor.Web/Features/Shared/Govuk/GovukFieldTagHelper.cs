using System.Text.Encodings.Web;
using FrontDoor.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Shared.Govuk;

/// <summary>
/// What every GOV.UK form field shares: a name, a label or legend (optionally the page heading, for one question per
/// page), a hint, and an inline error read from ModelState. Renders the form group around the control a subclass makes.
/// </summary>
public abstract class GovukFieldTagHelper(IStringLocalizer<SiteText> text) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public string Name { get; set; } = "";

    /// <summary>The label (or legend) text.</summary>
    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    /// <summary>Makes the label or legend the page's h1, as the Design System does for one question per page.</summary>
    public bool IsPageHeading { get; set; }

    protected string? Error => GovukErrors.For(ViewContext.ViewData.ModelState, Name);

    protected string HintId => Name + "-hint";

    protected string ErrorId => Name + "-error";

    protected string? DescribedBy =>
        string.Join(" ", new[] { Hint is null ? null : HintId, Error is null ? null : ErrorId }.Where(s => s is not null)) is { Length: > 0 } ids ? ids : null;

    protected static string E(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    protected string HintHtml() => Hint is null ? "" : $"<div id=\"{E(HintId)}\" class=\"govuk-hint\">{E(Hint)}</div>";

    protected string ErrorHtml() => Error is null
        ? ""
        : $"<p id=\"{E(ErrorId)}\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">{E(text["Error:"])}</span> {E(Error)}</p>";

    protected string LabelHtml(string forId) => IsPageHeading
        ? $"<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label govuk-label--l\" for=\"{E(forId)}\">{E(Label)}</label></h1>"
        : $"<label class=\"govuk-label\" for=\"{E(forId)}\">{E(Label)}</label>";

    /// <summary>A fieldset with a legend, for radios, checkboxes and dates.</summary>
    protected string FieldsetHtml(string inner, string? role = null) =>
        $"<fieldset class=\"govuk-fieldset\"{(role is null ? "" : $" role=\"{role}\"")}{(DescribedBy is { } d ? $" aria-describedby=\"{E(d)}\"" : "")}>"
        + (IsPageHeading
            ? $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">{E(Label)}</h1></legend>"
            : $"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">{E(Label)}</legend>")
        + HintHtml() + ErrorHtml() + inner + "</fieldset>";

    protected void RenderFormGroup(TagHelperOutput output, string inner)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "govuk-form-group" + (Error is null ? "" : " govuk-form-group--error"));
        output.Content.SetHtmlContent(inner);
    }
}
