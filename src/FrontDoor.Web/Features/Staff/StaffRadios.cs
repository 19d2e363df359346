using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Features.Staff;

/// <summary>A GOV.UK radios group for staff forms (rendered by Shared/_StaffRadios.cshtml).</summary>
/// <param name="Name">The posted field name.</param>
/// <param name="Id">The error key and the first radio's id, so the error summary can link to it.</param>
public sealed record StaffRadios(string Name, string Id, string Legend, IReadOnlyList<(string Value, string Label)> Options, string? Selected,
    string? Error = null, bool Inline = false, string? Hint = null, bool LegendIsHeading = false)
{
    public static string? ErrorFor(ModelStateDictionary state, string key) => state[key]?.Errors.FirstOrDefault()?.ErrorMessage;
}
