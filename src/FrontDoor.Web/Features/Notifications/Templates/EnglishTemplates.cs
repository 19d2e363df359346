namespace FrontDoor.Web.Features.Notifications.Templates;

/// <summary>Plain English, short sentences, no jargon (GOV.UK style guide): read by everyone, on any channel.</summary>
internal static class EnglishTemplates
{
    private const string Details = """
        Your reference: ((reference))
        Service: ((service))
        Dealing with it: ((officer))
        What happens next: ((what_happens_next))
        We expect to finish by: ((date))
        """;

    private const string Contact = """
        If you have a question, call us on ((contact_phone)) or email ((contact_email)). Give your reference, ((reference)).

        ((council))
        """;

    private const string SmsEnd = "Ref ((reference)). ((service)). ((officer)) is dealing with it. Next: ((what_happens_next)) Due by ((date)). Call ((contact_phone)).";

    public static IReadOnlyDictionary<string, TemplateText> All { get; } = new Dictionary<string, TemplateText>
    {
        [NotificationEvent.RequestReceived] = new(
            "We have your request ((reference))",
            $"Dear ((name)),\n\nThank you for telling us. We have your request.\n\n{Details}\n\n{Contact}",
            $"((council)): we have your request. {SmsEnd}"),
        [NotificationEvent.OfficerAssigned] = new(
            "((officer)) is dealing with your request ((reference))",
            $"Dear ((name)),\n\n((officer)) is now dealing with your request.\n\n{Details}\n\n{Contact}",
            $"((council)): ((officer)) is now dealing with your request. {SmsEnd}"),
        [NotificationEvent.RequestUpdate] = new(
            "News about your request ((reference))",
            $"Dear ((name)),\n\nThere is news about your request.\n\n((note))\n\n{Details}\n\n{Contact}",
            $"((council)): news about your request: ((note)) {SmsEnd}"),
        [NotificationEvent.RequestDelayed] = new(
            "We need more time for your request ((reference))",
            $"Dear ((name)),\n\nWe are sorry. We need more time to deal with your request.\n\n((note))\n\n{Details}\n\n{Contact}",
            $"((council)): sorry, we need more time. {SmsEnd}"),
        [NotificationEvent.RequestLate] = new(
            "Your request ((reference)) is late",
            $"Dear ((name)),\n\nWe are sorry. We have not finished your request by the date we gave you. We are still working on it and will tell you when it is done.\n\n{Details}\n\n{Contact}",
            $"((council)): sorry, your request is late. We are still working on it. {SmsEnd}"),
        [NotificationEvent.RequestClosed] = new(
            "We have closed your request ((reference))",
            """
            Dear ((name)),

            We have closed your request.

            ((note))

            Your reference: ((reference))
            Service: ((service))
            Dealt with by: ((officer))
            What happens next: ((what_happens_next))
            Closed on: ((date))

            Tell us how we did: ((feedback_link))

            ((council))
            """,
            "((council)): we have closed your request ((reference)) (((service))), dealt with by ((officer)) on ((date)). ((note)) Next: ((what_happens_next)) Tell us how we did: ((feedback_link))"),
        [NotificationEvent.RequestReopened] = new(
            "We have reopened your request ((reference))",
            $"Dear ((name)),\n\nWe have reopened your request.\n\n((note))\n\n{Details}\n\n{Contact}",
            $"((council)): we have reopened your request. {SmsEnd}"),
        [NotificationEvent.MessageReceived] = new(
            "We have your message about ((reference))",
            $"Dear ((name)),\n\nThank you for your email. We have added it to your request.\n\n{Details}\n\n{Contact}",
            $"((council)): we have your message. {SmsEnd}"),
        [NotificationEvent.AccountConfirmEmail] = new(
            "Confirm your email address",
            "Use this link to confirm your email address:\n\n((link))\n\nIf you did not ask for this, you do not need to do anything.\n\n((council))",
            "((council)): confirm your email address: ((link))"),
        [NotificationEvent.AccountResetPassword] = new(
            "Reset your password",
            "Use this link to choose a new password:\n\n((link))\n\nIf you did not ask for this, you do not need to do anything. Your password has not changed.\n\n((council))",
            "((council)): reset your password: ((link))"),
        [NotificationEvent.GuestTrackingLink] = new(
            "Follow your request ((reference))",
            "Your reference is ((reference)). We aim to respond by ((date)).\n\nUse this link to see how your request is going. It works for 90 days:\n\n((link))\n\n((council))",
            "((council)): your reference is ((reference)). We aim to respond by ((date)). Follow it here: ((link))"),
    };
}
