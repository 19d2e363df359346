namespace FrontDoor.Domain.Results;

/// <summary>An expected failure, worded for the person who will read it ("Enter a description of the problem").</summary>
/// <param name="Message">Plain-English message in GOV.UK style.</param>
/// <param name="Field">The input the message is about, so a page can show it inline; null for the whole page.</param>
public sealed record Error(string Message, string? Field = null)
{
    /// <summary>True when the failure is a conflict with someone else's change rather than bad input.</summary>
    public bool IsConflict { get; init; }

    /// <summary>True when the thing asked for does not exist (or may not be seen by the asker).</summary>
    public bool IsNotFound { get; init; }

    public static Error Conflict(string message) => new(message) { IsConflict = true };

    public static Error NotFound(string message) => new(message) { IsNotFound = true };
}

/// <summary>The outcome of a use case that has no value to return.</summary>
public readonly record struct Result
{
    private Result(Error? error) => Error = error;

    public Error? Error { get; }

    public bool Succeeded => Error is null;

    public static Result Success() => new(null);

    public static Result Failure(Error error) => new(error);

    public static Result Failure(string message, string? field = null) => new(new Error(message, field));

    public static implicit operator Result(Error error) => Failure(error);
}

/// <summary>The outcome of a use case: either a value or an <see cref="Results.Error"/>, never both.</summary>
public readonly record struct Result<T>
{
    private readonly T? value;

    private Result(T? value, Error? error)
    {
        this.value = value;
        Error = error;
    }

    public Error? Error { get; }

    public bool Succeeded => Error is null;

    /// <summary>The value; reading it from a failure is a bug, so it throws.</summary>
    public T Value => Error is null ? value! : throw new InvalidOperationException($"No value: {Error.Message}");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error);

    public static Result<T> Failure(string message, string? field = null) => new(default, new Error(message, field));

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
}
