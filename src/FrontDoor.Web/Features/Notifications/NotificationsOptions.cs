namespace FrontDoor.Web.Features.Notifications;

/// <summary>Configuration section <c>Notifications</c> (see docs/notifications.md).</summary>
public sealed class NotificationsOptions
{
    /// <summary>The public site's address, for links in messages (feedback, account emails).</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    public DispatcherOptions Dispatcher { get; set; } = new();

    public DelayNoticeOptions DelayNotices { get; set; } = new();

    public Letters.LetterOptions Letters { get; set; } = new();

    /// <summary>Email:Provider: Smtp, Notify or Pickup (writes .eml files to Email:PickupFolder; the default).</summary>
    public string EmailProvider { get; set; } = "Pickup";

    /// <summary>Sms:Provider: Notify, or None (then residents who prefer texts get email or a letter).</summary>
    public string SmsProvider { get; set; } = "None";

    public bool SmsAvailable => string.Equals(SmsProvider, "Notify", StringComparison.OrdinalIgnoreCase);

    public static NotificationsOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection("Notifications").Get<NotificationsOptions>() ?? new NotificationsOptions();
        options.EmailProvider = configuration["Email:Provider"] ?? options.EmailProvider;
        options.SmsProvider = configuration["Sms:Provider"] ?? options.SmsProvider;
        return options;
    }
}

public sealed class DispatcherOptions
{
    /// <summary>Run the background loop. Tests turn it off and call <see cref="OutboxDispatcher.DispatchDueAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    public double PollSeconds { get; set; } = 5;

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long a claim on a message lasts unless renewed. A dispatcher renews its claims every third of this while it
    /// sends, and stops a send it could not renew for two thirds of it, before the claim runs out; a dispatcher that
    /// died holding messages lets them go this long after its last renewal (docs/notifications.md, "At least once").
    /// </summary>
    public double LeaseSeconds { get; set; } = 15;

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>How often claims are renewed, and how long before the lease runs out a send is stopped.</summary>
    public TimeSpan RenewEvery => Lease / 3;

    public int MaxAttempts { get; set; } = 10;

    public double FirstRetrySeconds { get; set; } = 30;

    public double MaxRetrySeconds { get; set; } = 3600;

    /// <summary>How many messages one dispatcher sends at once.</summary>
    public int Parallelism { get; set; } = 4;
}

public sealed class DelayNoticeOptions
{
    public bool Enabled { get; set; } = true;

    public double PollMinutes { get; set; } = 15;

    /// <summary>On the due date, after this London time, an unresolved request is late and the resident is told.</summary>
    public TimeOnly LateAfter { get; set; } = new(15, 0);
}
