using System.Text.Json.Nodes;

namespace Network.Api.Tests.Infrastructure.Fuzzing;

/// <summary>What a generated body is meant to be, and so what the API must answer.</summary>
public enum Expect
{
    /// <summary>Valid by construction: must be accepted and read back equal.</summary>
    Accepted,

    /// <summary>Invalid by construction: must be refused with 400 and change nothing.</summary>
    Refused,

    /// <summary>Odd but possibly fine (unusual Unicode, lone surrogates): either outcome, the invariants still hold.</summary>
    Either,
}

/// <summary>One generated request body: the exact text sent, the valid JSON it came from (if any), and why it is what it is.</summary>
public sealed record FuzzBody(string Text, JsonObject? Valid, Expect Expect, string Why)
{
    public override string ToString() => $"{Expect} ({Why}): {(Text.Length > 300 ? Text[..300] + "…" : Text)}";
}
