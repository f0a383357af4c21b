namespace Network.Application.Persistence;

/// <summary>
/// The store cannot be used as it is. The message is one line that says what is wrong and what to do, because the
/// host prints it instead of a stack trace and stops: a damaged or unreadable store is never served or reinitialised.
/// </summary>
public sealed class StoreUnusableException(string message) : Exception(message);
