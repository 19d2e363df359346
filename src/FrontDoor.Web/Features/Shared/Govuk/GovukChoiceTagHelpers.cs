using FrontDoor.Web.Features.Shared;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Shared.Govuk;

/// <summary>One choice of a radios or checkboxes component.</summary>
public sealed record GovukChoice(string Value, string Text, string? Hint = null);

/// <summary><c>&lt;govuk-radios name="bin-type" label="Which bin?" items="Model.Options" value="Model.Answer" /&gt;</c></summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukRadiosTagHelper(IStringLocalizer<SiteText> text) : GovukFieldTagHelper(text)
{
    public IEnumerable<GovukChoice> Items { get; set; } = [];

    public string? Value { get; set; }

    public bool Inline { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        RenderFormGroup(output, FieldsetHtml(
            $"<div class=\"govuk-radios{(Inline ? " govuk-radios--inline" : "")}\" data-module=\"govuk-radios\">"
            + string.Concat(Items.Select((item, i) => GovukChoices.Item("radio", "govuk-radios", Name, item, i, item.Value == Value)))
            + "</div>"));
}

/// <summary><c>&lt;govuk-checkboxes name="bins" label="Which bins?" items="..." values="..." /&gt;</c></summary>
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukCheckboxesTagHelper(IStringLocalizer<SiteText> text) : GovukFieldTagHelper(text)
{
    public IEnumerable<GovukChoice> Items { get; set; } = [];

    public IEnumerable<string> Values { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        RenderFormGroup(output, FieldsetHtml(
            "<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\">"
            + string.Concat(Items.Select((item, i) => GovukChoices.Item("checkbox", "govuk-checkboxes", Name, item, i, Values.Contains(item.Value))))
            + "</div>"));
}

internal static class GovukChoices
{
    /// <summary>The first item's id is the field name, so the error summary's link lands on it.</summary>
    public static string Item(string type, string block, string name, GovukChoice item, int index, bool isChecked)
    {
        var id = index == 0 ? name : $"{name}-{index + 1}";
        var e = System.Text.Encodings.Web.HtmlEncoder.Default;
        var hintId = id + "-item-hint";
        return $"<div class=\"{block}__item\">"
            + $"<input class=\"{block}__input\" id=\"{e.Encode(id)}\" name=\"{e.Encode(name)}\" type=\"{type}\" value=\"{e.Encode(item.Value)}\"{(isChecked ? " checked" : "")}"
            + (item.Hint is null ? "" : $" aria-describedby=\"{e.Encode(hintId)}\"") + ">"
            + $"<label class=\"govuk-label {block}__label\" for=\"{e.Encode(id)}\">{e.Encode(item.Text)}</label>"
            + (item.Hint is null ? "" : $"<div id=\"{e.Encode(hintId)}\" class=\"govuk-hint {block}__hint\">{e.Encode(item.Hint)}</div>")
            + "</div>";
    }
}
