using System.ComponentModel;

namespace Network.Domain.Contacts;

[Description("How a contact point is reached.")]
public enum ContactChannel
{
    [Description("A work telephone number (switchboard or direct line).")]
    WorkPhone,

    [Description("A mobile telephone number.")]
    Mobile,

    [Description("An e-mail address.")]
    Email,

    [Description("A secure mail address (e.g. Zivver), for personal data under a legal ground.")]
    SecureMail,

    [Description("A web address.")]
    Website,
}
