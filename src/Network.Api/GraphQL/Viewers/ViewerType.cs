using GraphQL.Types;
using Network.Api.GraphQL.Relay;
using Network.Application.Access;

namespace Network.Api.GraphQL.Viewers;

/// <summary>The caller as the application layer sees them: what decides what they see and may change.</summary>
public sealed class ViewerType : ObjectGraphType<Network.Application.Access.Viewer>
{
    public ViewerType()
    {
        Name = "Viewer";
        Description = "Who is asking: the role, municipalities and scopes from the bearer token.";
        Field(v => v.Subject).Description("The token's subject (login or client id).");
        Field<NonNullGraphType<EnumerationGraphType<ViewerRole>>>("role")
            .Description("What kind of principal the caller is.")
            .Resolve(ctx => ctx.Source.Role);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("municipalities")
            .Description("CBS codes of the municipalities whose network the caller belongs to or coordinates.")
            .Resolve(ctx => ctx.Source.Municipalities.Order(StringComparer.Ordinal).ToList());
        Field<IdGraphType>("professionalId")
            .Description("Global id of the caller's own professional entry, for professionals; null for everyone else.")
            .Resolve(ctx => ctx.Source.ProfessionalId is { } id ? GlobalId.Encode("Professional", id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("scopes")
            .Description("OAuth scopes of a system client, e.g. network.directory.read; empty for people.")
            .Resolve(ctx => ctx.Source.Scopes.Order(StringComparer.Ordinal).ToList());
    }
}
