using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Network.Application.ContactLookup;

namespace Network.Api.Rest.ContactLookup;

/// <summary>
/// Writes the lookup answer straight to the response with a <see cref="Utf8JsonWriter"/>: byte for byte what the API's
/// JSON options write for <see cref="LookupAnswer"/> (camelCase names in declaration order, enums as camelCase
/// strings, nulls left out, dates as yyyy-MM-dd; a test holds the two equal for every demo asker and concern), without
/// the serializer's reflection-driven frame per nested object and list, which cost about a fifth of the REST lookup's
/// CPU. Synchronous into the response pipe (Kestrel buffers it), flushed once.
/// </summary>
public sealed class LookupAnswerJson(LookupAnswer answer) : IResult
{
    public LookupAnswer Answer { get; } = answer;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var http = httpContext;
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        Write(
            http.Response.BodyWriter,
            Answer,
            http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions
        );
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }

    [ThreadStatic]
    private static (JsonSerializerOptions Options, Utf8JsonWriter Writer)? _cached;

    /// <param name="output">Where the UTF-8 JSON goes (the response pipe).</param>
    /// <param name="a">The answer.</param>
    /// <param name="options">The API's JSON options: their encoder (ASP.NET's relaxed one) and indentation apply.</param>
    public static void Write(System.Buffers.IBufferWriter<byte> output, LookupAnswer a, JsonSerializerOptions options)
    {
        if (_cached is not { } cached || !ReferenceEquals(cached.Options, options))
            _cached = cached = (
                options,
                new Utf8JsonWriter(
                    Stream.Null,
                    new JsonWriterOptions
                    {
                        Encoder = options.Encoder,
                        Indented = options.WriteIndented,
                        MaxDepth = options.MaxDepth == 0 ? 64 : options.MaxDepth,
                    }
                )
            );
        var w = cached.Writer;
        w.Reset(output);
        try
        {
            WriteAnswer(w, a);
            w.Flush();
        }
        finally
        {
            w.Reset(Stream.Null); // the thread's writer holds no reference to this response
        }
    }

    private static void WriteAnswer(Utf8JsonWriter w, LookupAnswer a)
    {
        w.WriteStartObject();
        w.WriteString(Names.ConcernType, a.ConcernType);
        w.WriteString(Names.Municipality, a.Municipality);
        if (a.Domain is not null)
            w.WriteString(Names.Domain, a.Domain);
        if (a.MethodStep is { } step)
            w.WriteString(Names.MethodStep, EnumText.Of(step));
        w.WriteStartArray(Names.Route);
        foreach (var s in a.Route)
            RouteStep(w, s);
        w.WriteEndArray();
        w.WriteStartArray(Names.Contacts);
        foreach (var c in a.Contacts)
            Contact(w, c);
        w.WriteEndArray();
        w.WriteString(Names.Notice, a.Notice);
        w.WriteEndObject();
    }

    private static void RouteStep(Utf8JsonWriter w, LookupRouteStep s)
    {
        w.WriteStartObject();
        w.WriteNumber(Names.Order, s.Order);
        w.WriteString(Names.Kind, EnumText.Of(s.Kind));
        w.WriteString(Names.MethodStep, EnumText.Of(s.MethodStep));
        w.WriteBoolean(Names.OffersAnonymousConsultation, s.OffersAnonymousConsultation);
        if (s.Note is not null)
            w.WriteString(Names.Note, s.Note);
        w.WriteStartArray(Names.People);
        foreach (var p in s.People)
            Person(w, p);
        w.WriteEndArray();
        if (s.Organisation is { } o)
        {
            w.WritePropertyName(Names.Organisation);
            Organisation(w, o);
        }
        if (s.LineName is not null)
            w.WriteString(Names.LineName, s.LineName);
        if (s.LinePhone is not null)
            w.WriteString(Names.LinePhone, s.LinePhone);
        w.WriteEndObject();
    }

    private static void Person(Utf8JsonWriter w, LookupPerson p)
    {
        w.WriteStartObject();
        w.WriteString(Names.Id, p.Id);
        w.WriteString(Names.Name, p.Name);
        w.WriteString(Names.Profession, p.Profession);
        ContactPoints(w, p.ContactPoints);
        w.WriteEndObject();
    }

    private static void Organisation(Utf8JsonWriter w, LookupOrganisation o)
    {
        w.WriteStartObject();
        w.WriteString(Names.Id, o.Id);
        w.WriteString(Names.Name, o.Name);
        w.WriteString(Names.Kind, o.Kind);
        w.WriteStartArray(Names.ContactPoints);
        foreach (var c in o.ContactPoints)
        {
            w.WriteStartObject();
            w.WriteString(Names.Channel, EnumText.Of(c.Channel));
            w.WriteString(Names.Value, c.Value);
            if (c.Label is not null)
                w.WriteString(Names.Label, c.Label);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void ContactPoints(Utf8JsonWriter w, IReadOnlyList<LookupContactPoint> points)
    {
        w.WriteStartArray(Names.ContactPoints);
        foreach (var c in points)
        {
            w.WriteStartObject();
            w.WriteString(Names.Channel, EnumText.Of(c.Channel));
            w.WriteString(Names.Value, c.Value);
            w.WriteString(Names.Visibility, EnumText.Of(c.Visibility));
            w.WriteString(Names.Why, c.Why);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Contact(Utf8JsonWriter w, LookupContact c)
    {
        w.WriteStartObject();
        w.WriteNumber(Names.Rank, c.Rank);
        w.WriteString(Names.Id, c.Id);
        w.WriteString(Names.Name, c.Name);
        w.WriteStartObject(Names.Profession);
        w.WriteString(Names.Id, c.Profession.Id);
        w.WriteString(Names.Name, c.Profession.Name);
        w.WriteString(Names.ConfidentialityRegime, EnumText.Of(c.Profession.ConfidentialityRegime));
        w.WriteString(Names.LegalSource, c.Profession.LegalSource);
        w.WriteEndObject();
        w.WriteBoolean(Names.OffersAnonymousConsultation, c.OffersAnonymousConsultation);
        w.WriteStartArray(Names.Organisations);
        foreach (var o in c.Organisations)
            Organisation(w, o);
        w.WriteEndArray();
        ContactPoints(w, c.ContactPoints);
        w.WriteStartArray(Names.SharedCovenants);
        foreach (var s in c.SharedCovenants)
        {
            w.WriteStartObject();
            w.WriteString(Names.Id, s.Id);
            w.WriteString(Names.Title, s.Title);
            w.WriteString(Names.Purpose, s.Purpose);
            Date(w, Names.ValidFrom, s.ValidFrom);
            if (s.ValidUntil is { } until)
                Date(w, Names.ValidUntil, until);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (c.TrustDistance is { } distance)
            w.WriteNumber(Names.TrustDistance, distance);
        w.WriteStartArray(Names.TrustPath);
        foreach (var h in c.TrustPath)
        {
            w.WriteStartObject();
            w.WriteString(Names.Name, h.Name);
            Date(w, Names.ConfirmedOn, h.ConfirmedOn);
            if (h.WorkshopTitle is not null)
                w.WriteString(Names.WorkshopTitle, h.WorkshopTitle);
            if (h.WorkshopDate is { } day)
                Date(w, Names.WorkshopDate, day);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray(Names.MatchedExpertise);
        foreach (var tag in c.MatchedExpertise)
            w.WriteStringValue(tag);
        w.WriteEndArray();
        w.WriteString(Names.Reason, c.Reason);
        Date(w, Names.LastVerifiedOn, c.LastVerifiedOn);
        if (c.StaleWarning is not null)
            w.WriteString(Names.StaleWarning, c.StaleWarning);
        w.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter w, JsonEncodedText name, DateOnly day)
    {
        Span<char> text = stackalloc char[10];
        day.TryFormat(text, out var n, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        w.WriteString(name, text[..n]);
    }

    /// <summary>Enum values as the API's JsonStringEnumConverter(CamelCase) writes them, computed once per value.</summary>
    private static class EnumText
    {
        public static JsonEncodedText Of<T>(T value)
            where T : struct, Enum =>
            Cache<T>.Texts.TryGetValue(value, out var t)
                ? t
                : JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()));

        private static class Cache<T>
            where T : struct, Enum
        {
            public static readonly Dictionary<T, JsonEncodedText> Texts = Enum.GetValues<T>()
                .Distinct()
                .ToDictionary(
                    v => v,
                    v => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))
                );
        }
    }

    private static class Names
    {
        public static readonly JsonEncodedText ConcernType = JsonEncodedText.Encode("concernType");
        public static readonly JsonEncodedText Municipality = JsonEncodedText.Encode("municipality");
        public static readonly JsonEncodedText Domain = JsonEncodedText.Encode("domain");
        public static readonly JsonEncodedText MethodStep = JsonEncodedText.Encode("methodStep");
        public static readonly JsonEncodedText Route = JsonEncodedText.Encode("route");
        public static readonly JsonEncodedText Contacts = JsonEncodedText.Encode("contacts");
        public static readonly JsonEncodedText Notice = JsonEncodedText.Encode("notice");
        public static readonly JsonEncodedText Order = JsonEncodedText.Encode("order");
        public static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
        public static readonly JsonEncodedText OffersAnonymousConsultation = JsonEncodedText.Encode(
            "offersAnonymousConsultation"
        );
        public static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");
        public static readonly JsonEncodedText People = JsonEncodedText.Encode("people");
        public static readonly JsonEncodedText Organisation = JsonEncodedText.Encode("organisation");
        public static readonly JsonEncodedText LineName = JsonEncodedText.Encode("lineName");
        public static readonly JsonEncodedText LinePhone = JsonEncodedText.Encode("linePhone");
        public static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Profession = JsonEncodedText.Encode("profession");
        public static readonly JsonEncodedText ContactPoints = JsonEncodedText.Encode("contactPoints");
        public static readonly JsonEncodedText Channel = JsonEncodedText.Encode("channel");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
        public static readonly JsonEncodedText Visibility = JsonEncodedText.Encode("visibility");
        public static readonly JsonEncodedText Why = JsonEncodedText.Encode("why");
        public static readonly JsonEncodedText Rank = JsonEncodedText.Encode("rank");
        public static readonly JsonEncodedText ConfidentialityRegime = JsonEncodedText.Encode("confidentialityRegime");
        public static readonly JsonEncodedText LegalSource = JsonEncodedText.Encode("legalSource");
        public static readonly JsonEncodedText Organisations = JsonEncodedText.Encode("organisations");
        public static readonly JsonEncodedText SharedCovenants = JsonEncodedText.Encode("sharedCovenants");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Purpose = JsonEncodedText.Encode("purpose");
        public static readonly JsonEncodedText ValidFrom = JsonEncodedText.Encode("validFrom");
        public static readonly JsonEncodedText ValidUntil = JsonEncodedText.Encode("validUntil");
        public static readonly JsonEncodedText TrustDistance = JsonEncodedText.Encode("trustDistance");
        public static readonly JsonEncodedText TrustPath = JsonEncodedText.Encode("trustPath");
        public static readonly JsonEncodedText ConfirmedOn = JsonEncodedText.Encode("confirmedOn");
        public static readonly JsonEncodedText WorkshopTitle = JsonEncodedText.Encode("workshopTitle");
        public static readonly JsonEncodedText WorkshopDate = JsonEncodedText.Encode("workshopDate");
        public static readonly JsonEncodedText MatchedExpertise = JsonEncodedText.Encode("matchedExpertise");
        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
        public static readonly JsonEncodedText LastVerifiedOn = JsonEncodedText.Encode("lastVerifiedOn");
        public static readonly JsonEncodedText StaleWarning = JsonEncodedText.Encode("staleWarning");
    }
}
