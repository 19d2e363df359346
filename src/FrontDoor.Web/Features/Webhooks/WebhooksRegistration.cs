using System.Net;
using System.Net.Sockets;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Webhooks;

public static class WebhooksRegistration
{
    public static IServiceCollection AddWebhooks(this IServiceCollection services)
    {
        services.AddSingleton<WebhookSubscribers>();
        services.AddSingleton<WebhookOutbox>();

        // The outbox joins every save of the one database context, whichever provider is configured.
        services.ConfigureDbContext<SqliteFrontDoorDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<WebhookOutbox>()));
        services.ConfigureDbContext<PostgresFrontDoorDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<WebhookOutbox>()));

        services.AddScoped<SubscribeWebhook.Handler>();
        services.AddScoped<CancelWebhook.Handler>();
        services.AddScoped<DeliverWebhooks.Handler>();
        services.AddHostedService<WebhookSweep>();
        services.AddHttpClient(DeliverWebhooks.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(sp => Handler(sp.GetRequiredService<IConfiguration>().GetValue("Webhooks:AllowPrivateTargets", false)));
        return services;
    }

    /// <summary>
    /// Connects only to public addresses (unless <c>Webhooks:AllowPrivateTargets</c>), checking the addresses DNS gives
    /// at the moment of connecting, so a name that later resolves inside the network (DNS rebinding) is still refused.
    /// Redirects are not followed.
    /// </summary>
    private static SocketsHttpHandler Handler(bool allowPrivate) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectTimeout = TimeSpan.FromSeconds(5),
        ConnectCallback = async (context, cancellationToken) =>
        {
            var host = context.DnsEndPoint.Host;
            if (!allowPrivate && TargetAddress.IsInternalName(host))
            {
                throw new HttpRequestException("the webhook host is internal");
            }

            var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
            var allowed = allowPrivate ? addresses : addresses.Where(a => !TargetAddress.IsPrivate(a)).ToArray();
            if (allowed.Length == 0)
            {
                throw new HttpRequestException("the webhook host has only loopback or private addresses");
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
