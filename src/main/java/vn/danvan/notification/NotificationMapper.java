package vn.danvan.notification;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import vn.danvan.api.model.Notification;
import vn.danvan.platform.mapping.ToContractConfig;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Notifications as one reader sees them: read or not by them, titled in their language. */
@Mapper(config = ToContractConfig.class)
interface NotificationMapper {

    /** Which of the notifications the reader has read, and the language of their request. */
    record Reader(Set<UUID> read, Locale locale) {
    }

    @Mapping(target = "title", expression = "java(Notifications.title(notification, reader.locale()))")
    @Mapping(target = "read", expression = "java(reader.read().contains(notification.id))")
    Notification toApi(NotificationEntity notification, @Context Reader reader);

    List<Notification> toApi(List<NotificationEntity> notifications, @Context Reader reader);
}
