using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FrontDoor.Web.Infrastructure.Database;

/// <summary>Stores instants as UTC and reads them back marked as UTC, on every provider.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
