namespace FrontDoor.Domain.Clocks;

/// <summary>What a clock measures. Each request runs an acknowledgement clock and a resolution clock.</summary>
public enum ClockKind
{
    /// <summary>Customer Charter: acknowledge within 2 working days.</summary>
    Acknowledge,

    /// <summary>The service's fulfilment timescale, or the charter's 10-working-day response when it has none.</summary>
    Resolve,
}
