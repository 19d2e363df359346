namespace FrontDoor.Domain.Calendar;

/// <summary>One bank holiday as GOV.UK publishes it.</summary>
public sealed record BankHoliday(DateOnly Date, string Title, string Notes = "");
