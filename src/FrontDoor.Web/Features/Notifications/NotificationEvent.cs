namespace FrontDoor.Web.Features.Notifications;

/// <summary>What a message is about: one template per event, language and channel.</summary>
public static class NotificationEvent
{
    public const string RequestReceived = "request-received";
    public const string OfficerAssigned = "officer-assigned";
    public const string RequestUpdate = "request-update";
    public const string RequestDelayed = "request-delayed";
    public const string RequestLate = "request-late";
    public const string RequestClosed = "request-closed";
    public const string RequestReopened = "request-reopened";
    public const string MessageReceived = "message-received";
    public const string AccountConfirmEmail = "account-confirm-email";
    public const string AccountResetPassword = "account-reset-password";

    /// <summary>To a guest who reported without an account: the reference, the date and the secure link to follow it.</summary>
    public const string GuestTrackingLink = "guest-tracking-link";

    public static IReadOnlyList<string> All { get; } =
    [
        RequestReceived, OfficerAssigned, RequestUpdate, RequestDelayed, RequestLate, RequestClosed, RequestReopened,
        MessageReceived, AccountConfirmEmail, AccountResetPassword, GuestTrackingLink,
    ];

    public static bool IsAboutARequest(string @event) => @event is not (AccountConfirmEmail or AccountResetPassword or GuestTrackingLink);

    /// <summary>
    /// The Customer Charter: every message about a request names the reference, the service, the officer (or team),
    /// what happens next and the date. A template that leaves one out cannot be saved.
    /// </summary>
    public static IReadOnlyList<string> RequiredPlaceholders(string @event) => @event switch
    {
        AccountConfirmEmail or AccountResetPassword => [Placeholder.Link],
        GuestTrackingLink => [Placeholder.Link, Placeholder.Reference, Placeholder.Date],
        _ => [Placeholder.Reference, Placeholder.Service, Placeholder.Officer, Placeholder.WhatHappensNext, Placeholder.Date],
    };

    public static string Describe(string @event) => @event switch
    {
        RequestReceived => "Request received (acknowledgement)",
        OfficerAssigned => "Officer assigned",
        RequestUpdate => "Update on a request",
        RequestDelayed => "More time needed (new date)",
        RequestLate => "Request is late",
        RequestClosed => "Request closed",
        RequestReopened => "Request reopened",
        MessageReceived => "Email from the resident received",
        AccountConfirmEmail => "Confirm email address",
        AccountResetPassword => "Reset password",
        GuestTrackingLink => "Link to follow a request (guests)",
        _ => @event,
    };
}

/// <summary>Placeholders in templates, written <c>((name))</c> as in GOV.UK Notify, so templates can be copied there.</summary>
public static class Placeholder
{
    public const string Name = "name";
    public const string Reference = "reference";
    public const string Service = "service";
    public const string Officer = "officer";
    public const string WhatHappensNext = "what_happens_next";

    /// <summary>The due date, or for a closed request the day it was closed: "Friday 4 December 2026".</summary>
    public const string Date = "date";
    public const string Note = "note";
    public const string Council = "council";
    public const string ContactPhone = "contact_phone";
    public const string ContactEmail = "contact_email";
    public const string FeedbackLink = "feedback_link";
    public const string Link = "link";

    public static IReadOnlyList<string> All { get; } =
        [Name, Reference, Service, Officer, WhatHappensNext, Date, Note, Council, ContactPhone, ContactEmail, FeedbackLink, Link];
}
