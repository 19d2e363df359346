using FrontDoor.Web.Features.Notifications;
using FrontDoor.Web.Features.Notifications.Letters;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Web.Tests.Features.Notifications;

/// <summary>
/// Stands between the dispatcher and the real email or text provider, to play what a test needs at the next send:
/// the process dying before or after the provider took the message, or a provider that is slow to answer. Every other
/// send goes straight through.
/// </summary>
public sealed class InterruptedSends
{
    private readonly object gate = new();
    private Func<Func<Task<SendOutcome>>, CancellationToken, Task<SendOutcome>>? next;

    /// <summary>The provider took the next message, then the process was killed before it could record that.</summary>
    public void DieAfterNextSend() => Arm(async (send, _) =>
    {
        await send();
        throw new OperationCanceledException("killed after the provider took the message");
    });

    /// <summary>The next send waits, as a slow provider would, until <see cref="Release"/> or cancellation.</summary>
    public void HoldNextSend() => Arm(async (send, cancellationToken) =>
    {
        Held.TrySetResult();
        try
        {
            await released.Task.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            HeldSendCancelled = true;
            throw;
        }

        return await send();
    });

    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a held send has reached the provider's door.</summary>
    public TaskCompletionSource Held { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool HeldSendCancelled { get; private set; }

    public void Release() => released.TrySetResult();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, int> sends = new();

    /// <summary>How many times the message was handed to the real provider.</summary>
    public int SendsOf(Guid messageId) => sends.GetValueOrDefault(messageId);

    private Task<SendOutcome> Counted(IMessageSender inner, OutboxMessage message, bool mayHaveBeenSent, CancellationToken cancellationToken)
    {
        sends.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
        return inner.Send(message, mayHaveBeenSent, cancellationToken);
    }

    private void Arm(Func<Func<Task<SendOutcome>>, CancellationToken, Task<SendOutcome>> behaviour)
    {
        lock (gate)
        {
            next = behaviour;
        }
    }

    private Func<Func<Task<SendOutcome>>, CancellationToken, Task<SendOutcome>>? TakeNext()
    {
        lock (gate)
        {
            var taken = next;
            next = null;
            return taken;
        }
    }

    /// <summary>Wraps every email and text provider the host registered (letters go to the print queue as before).</summary>
    public void WrapProviders(IServiceCollection services)
    {
        var providers = services.Where(d => d.ServiceType == typeof(IMessageSender) && d.ImplementationType != typeof(PrintQueueSender)).ToList();
        foreach (var provider in providers)
        {
            services.Remove(provider);
            services.AddSingleton<IMessageSender>(sp => new Wrapper(Resolve(provider, sp), this));
        }

        services.TryAddSingleton(this);
    }

    private static IMessageSender Resolve(ServiceDescriptor descriptor, IServiceProvider services) =>
        (IMessageSender)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    private sealed class Wrapper(IMessageSender inner, InterruptedSends control) : IMessageSender
    {
        public string Provider => inner.Provider;

        public bool Handles(string channel) => inner.Handles(channel);

        public Task<SendOutcome> Send(OutboxMessage message, bool mayHaveBeenSent, CancellationToken cancellationToken) =>
            control.TakeNext() is { } behaviour
                ? behaviour(() => control.Counted(inner, message, mayHaveBeenSent, cancellationToken), cancellationToken)
                : control.Counted(inner, message, mayHaveBeenSent, cancellationToken);
    }
}
