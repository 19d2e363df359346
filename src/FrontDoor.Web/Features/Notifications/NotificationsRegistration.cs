using FrontDoor.Web.Features.Notifications.Inbound;
using FrontDoor.Web.Features.Notifications.Letters;
using FrontDoor.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FrontDoor.Web.Features.Notifications;

public static class NotificationsRegistration
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var options = NotificationsOptions.From(configuration);
        var email = configuration.GetSection("Email").Get<EmailOptions>() ?? new EmailOptions();
        var notify = configuration.GetSection("Notify").Get<NotifyOptions>() ?? new NotifyOptions();
        services.AddSingleton(options);
        services.AddSingleton(email);
        services.AddSingleton(email.Smtp);
        services.AddSingleton(notify);
        services.AddSingleton(configuration.GetSection("Notifications:Inbound").Get<InboundOptions>() ?? new InboundOptions());

        services.AddSingleton<RequestMessages>();
        services.AddSingleton<IInterceptor, OutboxInterceptor>();
        services.AddScoped<Outbox>();
        services.AddScoped<DelayNotices>();
        services.AddScoped<PrintQueue>();
        services.AddSingleton(new LetterFonts(options.Letters));
        services.AddSingleton<PdfLetterWriter>();
        services.AddHealthChecks().AddCheck<LetterFontsHealthCheck>("letter-fonts", HealthStatus.Degraded);
        services.AddScoped<IngestInboundEmail>();
        services.AddScoped<EditTemplate.Handler>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddSingleton<ImapInbox>();

        AddSenders(services, options, email, notify);
        if (options.Dispatcher.Enabled)
        {
            services.AddHostedService<OutboxDispatcherLoop>();
        }

        if (options.DelayNotices.Enabled)
        {
            services.AddHostedService<DelayNoticeLoop>();
        }

        if (email.Imap.Enabled && configuration.GetValue("Email:Imap:PollInBackground", true))
        {
            services.AddHostedService<ImapInboxLoop>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapNotifications(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapNotifyCallback();
        return endpoints;
    }

    private static void AddSenders(IServiceCollection services, NotificationsOptions options, EmailOptions email, NotifyOptions notify)
    {
        services.AddSingleton<IMessageSender, PrintQueueSender>();
        var notifyChannels = new HashSet<string>();
        switch (options.EmailProvider.ToLowerInvariant())
        {
            case "smtp":
                if (string.IsNullOrWhiteSpace(email.Smtp.Host))
                {
                    throw new InvalidOperationException("Email:Provider is Smtp, so set Email:Smtp:Host (and Port, TlsMode, From).");
                }

                services.AddSingleton<IMessageSender>(new SmtpEmailSender(email.Smtp));
                break;
            case "notify":
                notifyChannels.Add(MessageChannel.Email);
                break;
            case "pickup":
                services.AddSingleton<IMessageSender, PickupFolderSender>();
                break;
            default:
                throw new InvalidOperationException($"Email:Provider is '{options.EmailProvider}'. Set it to Smtp, Notify or Pickup.");
        }

        if (options.SmsAvailable)
        {
            notifyChannels.Add(MessageChannel.Sms);
        }

        if (notifyChannels.Count > 0)
        {
            if (string.IsNullOrWhiteSpace(notify.ApiKey))
            {
                throw new InvalidOperationException("GOV.UK Notify is chosen (Email:Provider or Sms:Provider), so set Notify:ApiKey.");
            }

            services.AddHttpClient("notify", c => c.Timeout = TimeSpan.FromSeconds(notify.TimeoutSeconds));
            services.AddSingleton<IMessageSender>(sp => new NotifySender(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient("notify"), notify, sp.GetRequiredService<TimeProvider>(), notifyChannels));
        }
    }
}
