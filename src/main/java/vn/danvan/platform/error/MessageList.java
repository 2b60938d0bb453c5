package vn.danvan.platform.error;

import java.util.List;

/** A message argument that is a list, each item rendered as an argument of its own and joined by ", ". */
public record MessageList(List<?> items) {

    public MessageList {
        items = List.copyOf(items);
    }
}
