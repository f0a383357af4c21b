using System.Reflection;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Network.Application.Common;

namespace Network.Api.GraphQL.TypeFirst;

/// <summary>
/// A feature's root fields written as public static methods of <typeparamref name="TFields"/> (type-first, as in
/// graphql-dotnet's StarWars.TypeFirst sample): the method is the resolver, its parameters are the arguments
/// (<c>[FromServices]</c> ones are the application services), its <c>[Description]</c>s are the schema's. A
/// <see cref="PageRequest"/> parameter turns the field into a Relay connection with <c>first</c> and <c>after</c>.
/// </summary>
public sealed class RootFields<TFields> : AutoRegisteringObjectGraphType<TFields>
{
    protected override IEnumerable<MemberInfo> GetRegisteredMembers() =>
        typeof(TFields).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);

    protected override ArgumentInformation GetArgumentInformation<TParameterType>(
        FieldType fieldType,
        ParameterInfo parameterInfo
    )
    {
        var info = base.GetArgumentInformation<TParameterType>(fieldType, parameterInfo);
        if (typeof(TParameterType) == typeof(PageRequest))
            info.SetDelegate(Paging.RequestOf);
        return info;
    }

    protected override FieldType? CreateField(MemberInfo memberInfo)
    {
        var field = base.CreateField(memberInfo);
        if (
            field is not null
            && memberInfo is MethodInfo method
            && method.GetParameters().Any(p => p.ParameterType == typeof(PageRequest))
        )
            Paging.MakeConnection(field);
        return field;
    }
}

/// <summary>The arguments and errors of connection fields, where REST's page size is GraphQL's <c>first</c>.</summary>
internal static class Paging
{
    public static PageRequest RequestOf(IResolveFieldContext ctx) =>
        new(ctx.GetArgument<string?>("after"), ctx.GetArgument<int?>("first"));

    public static void MakeConnection(FieldType field)
    {
        field.Arguments ??= [];
        // A default value (not just a default in the application) lets the complexity analyzer see the page size.
        field.Arguments.Add(
            new QueryArgument<IntGraphType>
            {
                Name = "first",
                DefaultValue = PageRequest.DefaultSize,
                Description = $"Page size, 1 to {PageRequest.MaxSize}.",
            }
        );
        field.Arguments.Add(
            new QueryArgument<StringGraphType>
            {
                Name = "after",
                Description = "Continue after this cursor (pageInfo.endCursor of the previous page).",
            }
        );
        var inner = field.Resolver!;
        field.Resolver = new FuncFieldResolver<object?>(async ctx =>
        {
            try
            {
                return await inner.ResolveAsync(ctx);
            }
            catch (ValidationException e) when (e.Errors.ContainsKey("pageSize"))
            {
                throw new ValidationException(
                    e.Errors.ToDictionary(x => x.Key == "pageSize" ? "first" : x.Key, x => x.Value)
                );
            }
        });
    }
}
