using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FrontDoor.Web.Features.Shared.Govuk;

/// <summary>
/// Errors live in ModelState keyed by field name, so pages use the framework's own
/// <c>ModelState.AddModelError(field, message)</c> and the components find them. The element whose id is the field name
/// is the one the error summary links to (the first radio, the day of a date).
/// </summary>
public static class GovukErrors
{
    public static string? For(ModelStateDictionary modelState, string field) =>
        modelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static IEnumerable<(string Field, string Message)> All(ModelStateDictionary modelState) =>
        modelState.Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors.Select(error => (Field: e.Key.Length == 0 ? "main-content" : e.Key, Message: error.ErrorMessage)))
            .DistinctBy(e => e.Message);

    /// <summary>Adds a handler's error (which names its field, or null for the whole form) to ModelState.</summary>
    public static void Add(ModelStateDictionary modelState, FrontDoor.Domain.Results.Error error, string? fallbackField = null) =>
        modelState.AddModelError(error.Field ?? fallbackField ?? "", error.Message);
}
