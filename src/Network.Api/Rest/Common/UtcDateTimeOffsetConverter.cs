using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Network.Api.Rest.Common;

/// <summary>
/// /core/date-time: accept RFC 3339 date-times with any offset, answer in UTC with a "Z". Stored values can carry
/// the offset they were written with; the client always sees one time zone. Written to the millisecond, so the
/// answer to a write equals every later read of the stored value (the store keeps less than .NET's 100 ns ticks).
/// </summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(
            value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture)
        );
}
