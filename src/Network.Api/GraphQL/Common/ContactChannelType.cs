using GraphQL.Types;
using Network.Domain.Contacts;

namespace Network.Api.GraphQL.Common;

/// <summary>The channels a contact point can use (REST writes them camelCase, GraphQL in CONSTANT_CASE).</summary>
public sealed class ContactChannelType : EnumerationGraphType<ContactChannel>
{
    public ContactChannelType()
    {
        Name = "ContactChannel";
        Description = "How a contact point is reached.";
        Describe(ContactChannel.WorkPhone, "A work telephone number (switchboard or direct line).");
        Describe(ContactChannel.Mobile, "A mobile telephone number.");
        Describe(ContactChannel.Email, "An e-mail address.");
        Describe(ContactChannel.SecureMail, "A secure mail address (e.g. Zivver), for personal data under a legal ground.");
        Describe(ContactChannel.Website, "A web address.");
    }

    private void Describe(ContactChannel channel, string description) =>
        Values.Single(v => Equals(v.Value, channel)).Description = description;
}
