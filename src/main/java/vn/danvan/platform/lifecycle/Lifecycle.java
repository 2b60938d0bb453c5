package vn.danvan.platform.lifecycle;

import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.MessageList;
import vn.danvan.platform.error.MessageRef;
import vn.danvan.platform.error.ProblemType;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A record's lifecycle as one transition table: for every action, the party that makes it, the statuses it may
 * start from and the status it leads to (or none: the status stays). Every feature with statuses declares one, so
 * that allowed moves are read in one place and a refused move is answered the same way everywhere: 409
 * invalid-state naming the record, its current status, the action and the statuses the action needs
 * ({@code lifecycle.wrong-state}). Message keys: {@code <messages>.status.<STATUS>} and
 * {@code <messages>.action.<ACTION>}, {@code entityKey} for the record.
 *
 * @param <S> the statuses
 * @param <A> the actions
 * @param <P> the parties that act (the feature checks that the caller is that party)
 */
public final class Lifecycle<S extends Enum<S>, A extends Enum<A>, P extends Enum<P>> {

    /** One row of the table. {@code to} empty: the action keeps the status (an edit, an attachment). */
    public record Move<S extends Enum<S>, P extends Enum<P>>(P party, Set<S> from, Optional<S> to) {
    }

    private final Class<A> actions;
    private final String entityKey;
    private final String messages;
    private final Map<A, Move<S, P>> moves;

    private Lifecycle(Class<A> actions, String entityKey, String messages, Map<A, Move<S, P>> moves) {
        this.actions = actions;
        this.entityKey = entityKey;
        this.messages = messages;
        this.moves = Collections.unmodifiableMap(moves);
    }

    public static <S extends Enum<S>, A extends Enum<A>, P extends Enum<P>> Builder<S, A, P> of(
            Class<S> statuses, Class<A> actions, Class<P> parties, String entityKey, String messages) {
        return new Builder<>(actions, entityKey, messages);
    }

    /** The status the action leads to from {@code current}; 409 when the action is not allowed in it. */
    public S require(A action, S current) {
        Move<S, P> move = move(action);
        if (!move.from().contains(current)) {
            throw refusal(action, current);
        }
        return move.to().orElse(current);
    }

    public boolean allows(A action, S current) {
        return move(action).from().contains(current);
    }

    /** Who makes the action. */
    public P party(A action) {
        return move(action).party();
    }

    /** The actions that may be taken in {@code current}, in declaration order. */
    public Set<A> actionsIn(S current) {
        Set<A> allowed = EnumSet.noneOf(actions);
        moves.forEach((action, move) -> {
            if (move.from().contains(current)) {
                allowed.add(action);
            }
        });
        return allowed;
    }

    /** Bundle key of the record's name. */
    public String entityKey() {
        return entityKey;
    }

    /** Prefix of the bundle keys of statuses and actions. */
    public String messages() {
        return messages;
    }

    public Map<A, Move<S, P>> table() {
        return moves;
    }

    private Move<S, P> move(A action) {
        return moves.get(action);
    }

    private ApiException refusal(A action, S current) {
        Set<S> needed = move(action).from();
        return new ApiException(ProblemType.INVALID_STATE, "lifecycle.wrong-state", new MessageRef(entityKey),
                new MessageRef(messages + ".status." + current.name()), current.name(),
                new MessageRef(messages + ".action." + action.name()),
                new MessageList(needed.stream().map(status -> new MessageRef(messages + ".status." + status.name())).toList()),
                String.join(", ", needed.stream().map(Enum::name).toList()));
    }

    /** Declares the table; {@link #build()} refuses a table that leaves an action out. */
    public static final class Builder<S extends Enum<S>, A extends Enum<A>, P extends Enum<P>> {
        private final Class<A> actions;
        private final String entityKey;
        private final String messages;
        private final Map<A, Move<S, P>> moves;

        private Builder(Class<A> actions, String entityKey, String messages) {
            this.actions = actions;
            this.entityKey = entityKey;
            this.messages = messages;
            this.moves = new EnumMap<>(actions);
        }

        /** {@code action}, made by {@code party}, from any of {@code from}, to {@code to}. */
        public Builder<S, A, P> move(A action, P party, Set<S> from, S to) {
            return add(action, new Move<>(party, copy(from), Optional.of(to)));
        }

        /** {@code action}, made by {@code party}, allowed in any of {@code in}; the status stays. */
        public Builder<S, A, P> stay(A action, P party, Set<S> in) {
            return add(action, new Move<>(party, copy(in), Optional.empty()));
        }

        public Lifecycle<S, A, P> build() {
            Set<A> missing = EnumSet.allOf(actions);
            missing.removeAll(moves.keySet());
            if (!missing.isEmpty()) {
                throw new IllegalStateException("No move declared for " + missing + " in " + messages);
            }
            return new Lifecycle<>(actions, entityKey, messages, new EnumMap<>(moves));
        }

        private Builder<S, A, P> add(A action, Move<S, P> move) {
            if (moves.putIfAbsent(action, move) != null) {
                throw new IllegalStateException(action + " declared twice in " + messages);
            }
            return this;
        }

        private Set<S> copy(Set<S> from) {
            if (from.isEmpty()) {
                throw new IllegalArgumentException("A move needs at least one status to start from");
            }
            return Collections.unmodifiableSet(EnumSet.copyOf(from));
        }
    }
}
