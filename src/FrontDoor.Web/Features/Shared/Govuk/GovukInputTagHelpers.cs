using FrontDoor.Web.Features.Shared;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Shared.Govuk;

/// <summary><c>&lt;govuk-input name="email" label="Email address" type="email" autocomplete="email" /&gt;</c></summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukInputTagHelper(IStringLocalizer<SiteText> text) : GovukFieldTagHelper(text)
{
    public string? Value { get; set; }

    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public string? Inputmode { get; set; }

    /// <summary>GOV.UK width class suffix: 2, 3, 4, 5, 10, 20, 30 or one-half etc.</summary>
    public string? Width { get; set; }

    public bool Spellcheck { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var width = Width is null ? "" : Width.Any(char.IsLetter) ? $" govuk-!-width-{Width}" : $" govuk-input--width-{Width}";
        var input = $"<input class=\"govuk-input{width}{(Error is null ? "" : " govuk-input--error")}\" id=\"{E(Name)}\" name=\"{E(Name)}\" type=\"{E(Type)}\""
            + $" value=\"{E(Value)}\""
            + (Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"")
            + (Inputmode is null ? "" : $" inputmode=\"{E(Inputmode)}\"")
            + (Spellcheck ? "" : " spellcheck=\"false\"")
            + (DescribedBy is { } d ? $" aria-describedby=\"{E(d)}\"" : "") + ">";
        RenderFormGroup(output, LabelHtml(Name) + HintHtml() + ErrorHtml() + input);
    }
}

/// <summary><c>&lt;govuk-textarea name="description" label="Describe the problem" rows="5" /&gt;</c></summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukTextareaTagHelper(IStringLocalizer<SiteText> text) : GovukFieldTagHelper(text)
{
    public string? Value { get; set; }

    public int Rows { get; set; } = 5;

    public string? Autocomplete { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var textarea = $"<textarea class=\"govuk-textarea{(Error is null ? "" : " govuk-textarea--error")}\" id=\"{E(Name)}\" name=\"{E(Name)}\" rows=\"{Rows}\""
            + (Autocomplete is null ? "" : $" autocomplete=\"{E(Autocomplete)}\"")
            + (DescribedBy is { } d ? $" aria-describedby=\"{E(d)}\"" : "") + $">{E(Value)}</textarea>";
        RenderFormGroup(output, LabelHtml(Name) + HintHtml() + ErrorHtml() + textarea);
    }
}

/// <summary>
/// <c>&lt;govuk-date-input name="collection-date" label="When was it due?" day=".." month=".." year=".." /&gt;</c>.
/// The three boxes post under one name, in day, month, year order, which is what AnswerRules reads.
/// </summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class GovukDateInputTagHelper(IStringLocalizer<SiteText> text) : GovukFieldTagHelper(text)
{
    private readonly IStringLocalizer<SiteText> words = text;

    public string? Day { get; set; }

    public string? Month { get; set; }

    public string? Year { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = Error is null ? "" : " govuk-input--error";
        string Item(string id, string label, string? value, int width) =>
            $"<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">"
            + $"<label class=\"govuk-label govuk-date-input__label\" for=\"{E(id)}\">{E(label)}</label>"
            + $"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{error}\" id=\"{E(id)}\" name=\"{E(Name)}\" type=\"text\" inputmode=\"numeric\" value=\"{E(value)}\">"
            + "</div></div>";
        var inputs = $"<div class=\"govuk-date-input\" id=\"{E(Name)}-date\">"
            + Item(Name, words["Day"], Day, 2) + Item(Name + "-month", words["Month"], Month, 2) + Item(Name + "-year", words["Year"], Year, 4)
            + "</div>";
        RenderFormGroup(output, FieldsetHtml(inputs, "group"));
    }
}
