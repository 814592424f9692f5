package org.example.newsroom.checks;

import io.github.copydesk.rule.CheckProvider;
import io.github.copydesk.rule.CheckType;
import java.util.List;

/** The checks this jar adds, named in META-INF/services/io.github.copydesk.rule.CheckProvider. */
public final class NewsroomChecks implements CheckProvider {
    @Override
    public List<CheckType> checkTypes() {
        return List.of(ShoutingHeadlineCheck.TYPE);
    }
}
