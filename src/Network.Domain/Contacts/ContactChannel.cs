namespace Network.Domain.Contacts;

public enum ContactChannel
{
    WorkPhone,
    Mobile,
    Email,
    SecureMail,
    Website,
}
