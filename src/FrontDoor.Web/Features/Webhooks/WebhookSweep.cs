namespace FrontDoor.Web.Features.Webhooks;

/// <summary>
/// Sends due webhook deliveries every few seconds (<c>Webhooks:SweepSeconds</c>, default 5). Safe on several
/// instances at once: each row is claimed atomically before it is sent. <c>Webhooks:SweepEnabled=false</c> turns it off
/// on an instance (tests drive <see cref="DeliverWebhooks.Handler"/> themselves).
/// </summary>
public sealed class WebhookSweep(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<WebhookSweep> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Webhooks:SweepEnabled", true))
        {
            return;
        }

        var every = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Webhooks:SweepSeconds", 5)));
        using var timer = new PeriodicTimer(every, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var handler = scope.ServiceProvider.GetRequiredService<DeliverWebhooks.Handler>();
                    while (await handler.SendDue(cancellationToken: stoppingToken) > 0)
                    {
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogError(e, "The webhook sweep failed; it will try again");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
