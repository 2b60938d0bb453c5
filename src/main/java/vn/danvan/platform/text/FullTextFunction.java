package vn.danvan.platform.text;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.metamodel.model.domain.ReturnableType;
import org.hibernate.query.sqm.function.AbstractSqmSelfRenderingFunctionDescriptor;
import org.hibernate.query.sqm.produce.function.StandardArgumentsValidators;
import org.hibernate.query.sqm.produce.function.StandardFunctionReturnTypeResolvers;
import org.hibernate.sql.ast.SqlAstTranslator;
import org.hibernate.sql.ast.spi.SqlAppender;
import org.hibernate.sql.ast.tree.SqlAstNode;
import org.hibernate.type.StandardBasicTypes;

import java.util.List;

/**
 * The JPQL function {@code fulltext_match(attribute, …, query)}: MariaDB's / MySQL's
 * {@code MATCH(column, …) AGAINST(query IN BOOLEAN MODE)}, the relevance (above 0 when the record matches). The
 * attributes must be exactly the columns of one FULLTEXT index of their table. ListQuery writes it as
 * {@code fulltext_match(…) > 0}, which the optimizer answers through the index.
 */
@PersistenceUnitExtension
public class FullTextFunction implements FunctionContributor {

    public static final String NAME = "fulltext_match";

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        var relevance = functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.DOUBLE);
        functions.getFunctionRegistry().register(NAME, new AbstractSqmSelfRenderingFunctionDescriptor(NAME,
                StandardArgumentsValidators.min(2), StandardFunctionReturnTypeResolvers.invariant(relevance), null) {
            @Override
            public void render(SqlAppender sql, List<? extends SqlAstNode> arguments, ReturnableType<?> returnType,
                               SqlAstTranslator<?> walker) {
                sql.appendSql("match(");
                for (int i = 0; i < arguments.size() - 1; i++) {
                    if (i > 0) {
                        sql.appendSql(',');
                    }
                    arguments.get(i).accept(walker);
                }
                sql.appendSql(") against(");
                arguments.get(arguments.size() - 1).accept(walker);
                sql.appendSql(" in boolean mode)");
            }
        });
    }
}
